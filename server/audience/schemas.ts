import { z } from "zod";
import { ZCondition } from "./condition";

/**
 * Who a checklist is for. `personaIds` non-empty: the user's persona must be one of them.
 * `conditions`: every one must hold on the user's traits. Both empty: everyone.
 */
export const ZTargeting = z.object({
  personaIds: z.array(z.string().min(1).max(100)).max(50, "Pick at most 50 personas").default([]),
  conditions: z.array(ZCondition).max(20, "Use at most 20 conditions").default([]),
});
export type Targeting = z.infer<typeof ZTargeting>;
