import { z } from "zod";
import { permissionProcedure, router, workspaceProcedure } from "../init";
import { ZJobOut } from "../../jobs/schemas";
import { ZPersonaInput, ZPersonaListOut, ZPersonaSavedOut } from "../../personas/schemas";
import { createPersona, deletePersona, listPersonas, reorderPersonas, updatePersona } from "../../personas/personas";

export const personaRouter = router({
  list: workspaceProcedure
    .output(ZPersonaListOut)
    .query(({ ctx }) => listPersonas({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  create: permissionProcedure("personas.write")
    .input(ZPersonaInput)
    .output(ZPersonaSavedOut)
    .mutation(async ({ ctx, input }) => {
      const { persona, job } = await createPersona({ db: ctx.wdb, workspaceId: ctx.workspace.id, input });
      return { persona, job };
    }),
  update: permissionProcedure("personas.write")
    .input(z.object({ id: z.string(), data: ZPersonaInput }))
    .output(ZPersonaSavedOut)
    .mutation(async ({ ctx, input }) => {
      const { persona, job } = await updatePersona({
        db: ctx.wdb,
        workspaceId: ctx.workspace.id,
        id: input.id,
        input: input.data,
      });
      return { persona, job };
    }),
  delete: permissionProcedure("personas.write")
    .input(z.object({ id: z.string() }))
    .output(ZJobOut)
    .mutation(
      async ({ ctx, input }) => (await deletePersona({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })).job,
    ),
  reorder: permissionProcedure("personas.write")
    .input(z.object({ ids: z.array(z.string()).max(100) }))
    .output(ZJobOut)
    .mutation(
      async ({ ctx, input }) =>
        (await reorderPersonas({ db: ctx.wdb, workspaceId: ctx.workspace.id, ids: input.ids })).job,
    ),
});
