import { z } from "zod";
import { permissionProcedure, router, workspaceProcedure } from "../init";
import {
  ZChecklistInput,
  ZChecklistListOut,
  ZChecklistOut,
  ZChecklistStatus,
  ZListChecklistsInput,
  ZPreviewChecklistInput,
  ZPreviewOut,
  ZRoleQuestion,
} from "../../onboarding/schemas";
import { listChecklists } from "../../onboarding/list-checklists";
import { getChecklist } from "../../onboarding/get-checklist";
import { createChecklist } from "../../onboarding/create-checklist";
import { updateChecklist } from "../../onboarding/update-checklist";
import { deleteChecklist } from "../../onboarding/delete-checklist";
import { setChecklistStatus } from "../../onboarding/set-checklist-status";
import { previewChecklist } from "../../onboarding/preview-checklist";
import { getRoleQuestion, updateRoleQuestion } from "../../onboarding/role-question";

const ZId = z.object({ id: z.string().min(1).max(100) });

export const checklistRouter = router({
  list: workspaceProcedure
    .input(ZListChecklistsInput)
    .output(ZChecklistListOut)
    .query(({ ctx, input }) =>
      listChecklists({ db: ctx.wdb, workspaceId: ctx.workspace.id, cursor: input.cursor, limit: input.limit }),
    ),
  get: workspaceProcedure
    .input(ZId)
    .output(ZChecklistOut)
    .query(({ ctx, input }) => getChecklist({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })),
  create: permissionProcedure("checklists.write")
    .input(ZChecklistInput)
    .output(ZChecklistOut)
    .mutation(({ ctx, input }) => createChecklist({ db: ctx.wdb, workspaceId: ctx.workspace.id, input })),
  update: permissionProcedure("checklists.write")
    .input(ZId.extend({ data: ZChecklistInput }))
    .output(ZChecklistOut)
    .mutation(({ ctx, input }) =>
      updateChecklist({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id, input: input.data }),
    ),
  delete: permissionProcedure("checklists.write")
    .input(ZId)
    .output(ZId)
    .mutation(({ ctx, input }) => deleteChecklist({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })),
  setStatus: permissionProcedure("checklists.write")
    .input(ZId.extend({ status: ZChecklistStatus }))
    .output(ZId.extend({ status: ZChecklistStatus, backfillJobId: z.string().nullable() }))
    .mutation(({ ctx, input }) =>
      setChecklistStatus({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id, status: input.status }),
    ),
  preview: workspaceProcedure
    .input(ZPreviewChecklistInput)
    .output(ZPreviewOut)
    .query(({ ctx, input }) =>
      previewChecklist({
        db: ctx.wdb,
        workspaceId: ctx.workspace.id,
        id: input.id,
        personaId: input.personaId,
        locale: input.locale,
      }),
    ),
  roleQuestion: workspaceProcedure
    .output(ZRoleQuestion)
    .query(({ ctx }) => getRoleQuestion({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  updateRoleQuestion: permissionProcedure("checklists.write")
    .input(z.object({ data: ZRoleQuestion }))
    .output(ZRoleQuestion)
    .mutation(({ ctx, input }) =>
      updateRoleQuestion({ db: ctx.wdb, workspaceId: ctx.workspace.id, input: input.data }),
    ),
});
