import { z } from "zod";
import { permissionProcedure, router, workspaceProcedure } from "../init";
import { ZFeatureInput, ZFeatureListOut, ZFeatureSavedOut } from "../../features/schemas";
import { createFeature, deleteFeature, listFeatures, updateFeature } from "../../features/features";

export const featureRouter = router({
  list: workspaceProcedure
    .output(ZFeatureListOut)
    .query(({ ctx }) => listFeatures({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  create: permissionProcedure("features.write")
    .input(ZFeatureInput)
    .output(ZFeatureSavedOut)
    .mutation(async ({ ctx, input }) => {
      const { feature, job } = await createFeature({ db: ctx.wdb, workspaceId: ctx.workspace.id, input });
      return { feature, job };
    }),
  update: permissionProcedure("features.write")
    .input(z.object({ id: z.string(), data: ZFeatureInput }))
    .output(ZFeatureSavedOut)
    .mutation(async ({ ctx, input }) => {
      const { feature, job } = await updateFeature({
        db: ctx.wdb,
        workspaceId: ctx.workspace.id,
        id: input.id,
        input: input.data,
      });
      return { feature, job };
    }),
  delete: permissionProcedure("features.write")
    .input(z.object({ id: z.string() }))
    .output(z.void())
    .mutation(({ ctx, input }) => deleteFeature({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })),
});
