import { z } from "zod";
import { permissionProcedure, router, workspaceProcedure } from "../init";
import { ZFeatureInput } from "../../features/schemas";
import { createFeature, deleteFeature, listFeatures, updateFeature } from "../../features/features";

export const featureRouter = router({
  list: workspaceProcedure.query(({ ctx }) => listFeatures({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  create: permissionProcedure("features.write")
    .input(ZFeatureInput)
    .mutation(async ({ ctx, input }) => {
      const { feature, job } = await createFeature({ db: ctx.wdb, workspaceId: ctx.workspace.id, input });
      return { feature, job };
    }),
  update: permissionProcedure("features.write")
    .input(z.object({ id: z.string(), data: ZFeatureInput }))
    .mutation(async ({ ctx, input }) => {
      const { feature, job } = await updateFeature({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id, input: input.data });
      return { feature, job };
    }),
  delete: permissionProcedure("features.write")
    .input(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deleteFeature({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })),
});
