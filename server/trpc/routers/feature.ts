import { z } from "zod";
import { permissionProcedure, router, workspaceProcedure } from "../init";
import {
  ZFeatureAdoptionInput,
  ZFeatureInput,
  ZFeatureListOut,
  ZFeatureOut,
  ZFeatureSavedOut,
} from "../../features/schemas";
import { setFeatureAdoption } from "../../features/set-feature-adoption";
import { createFeature, deleteFeature, listFeatures, updateFeature } from "../../features/features";

export const featureRouter = router({
  list: workspaceProcedure
    .output(ZFeatureListOut)
    .query(({ ctx }) => listFeatures({ db: ctx.wdb, workspaceId: ctx.workspace.id, timeZone: ctx.workspace.timeZone })),
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
  // Core and release day: what Adoption reports read, not what counts as a use (nothing rebuilt).
  setAdoption: permissionProcedure("features.write")
    .input(ZFeatureAdoptionInput)
    .output(ZFeatureOut)
    .mutation(({ ctx, input }) =>
      setFeatureAdoption({ db: ctx.wdb, workspaceId: ctx.workspace.id, timeZone: ctx.workspace.timeZone, input }),
    ),
  delete: permissionProcedure("features.write")
    .input(z.object({ id: z.string() }))
    .output(z.void())
    .mutation(({ ctx, input }) => deleteFeature({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })),
});
