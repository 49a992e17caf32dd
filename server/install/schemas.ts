import { z } from "zod";

/** What the Install page shows: the write keys it can fill the snippets with (null when the
 * member may not see keys) and the live check's three milestones. */
export const ZInstallStatus = z.object({
  writeKeys: z
    .array(z.object({ id: z.string(), name: z.string(), key: z.string(), lastUsedAt: z.date().nullable() }))
    .nullable(),
  /** Active write keys created before keys were kept in clear: they work, but cannot be shown. */
  hiddenWriteKeys: z.number().int(),
  firstEventAt: z.date().nullable(),
  firstIdentifyAt: z.date().nullable(),
  firstWidgetAt: z.date().nullable(),
});
export type TInstallStatus = z.infer<typeof ZInstallStatus>;
