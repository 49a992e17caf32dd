import { z } from "zod";
import { router, workspaceProcedure } from "../init";
import { getAdoptionFilterOptions } from "../../analytics/filter-options";

const ZFilterOptionsOut = z.object({
  personas: z.array(z.object({ id: z.string(), name: z.string() })),
  plans: z.array(z.string()),
  accounts: z.array(
    z.object({ id: z.string(), externalId: z.string(), name: z.string().nullable(), users: z.number() }),
  ),
});

// Adoption reports only read, so every member (viewers included) may see them. The reports live in
// routers of their own (adoption-features, adoption-activity, people).
export const adoptionRouter = router({
  filterOptions: workspaceProcedure
    .output(ZFilterOptionsOut)
    .query(({ ctx }) => getAdoptionFilterOptions({ db: ctx.wdb, dialect: ctx.dialect, workspaceId: ctx.workspace.id })),
});
