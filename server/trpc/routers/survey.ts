import { z } from "zod";
import { permissionProcedure, router, workspaceProcedure } from "../init";
import {
  ZListSurveysInput,
  ZPreviewSurveyInput,
  ZRecontactInput,
  ZRecontactOut,
  ZSetSurveyStatusInput,
  ZSurveyInput,
  ZSurveyListOut,
  ZSurveyOut,
  ZSurveyPreviewOut,
} from "../../surveys/schemas";
import { listSurveys } from "../../surveys/list-surveys";
import { getSurvey } from "../../surveys/get-survey";
import { createSurvey } from "../../surveys/create-survey";
import { updateSurvey } from "../../surveys/update-survey";
import { deleteSurvey } from "../../surveys/delete-survey";
import { setSurveyStatus } from "../../surveys/set-survey-status";
import { previewSurvey } from "../../surveys/preview-survey";
import { getRecontact, updateRecontact } from "../../surveys/recontact";

const ZId = z.object({ id: z.string().min(1).max(100) });

// Reads for every member; writes need "surveys.write" (pm, admin).
export const surveyRouter = router({
  list: workspaceProcedure
    .input(ZListSurveysInput)
    .output(ZSurveyListOut)
    .query(({ ctx, input }) =>
      listSurveys({ db: ctx.wdb, workspace: ctx.workspace, cursor: input.cursor, limit: input.limit }),
    ),
  get: workspaceProcedure
    .input(ZId)
    .output(ZSurveyOut)
    .query(({ ctx, input }) => getSurvey({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })),
  create: permissionProcedure("surveys.write")
    .input(ZSurveyInput)
    .output(ZSurveyOut)
    .mutation(({ ctx, input }) => createSurvey({ db: ctx.wdb, workspaceId: ctx.workspace.id, input })),
  update: permissionProcedure("surveys.write")
    .input(ZId.extend({ data: ZSurveyInput }))
    .output(ZSurveyOut)
    .mutation(({ ctx, input }) =>
      updateSurvey({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id, input: input.data }),
    ),
  delete: permissionProcedure("surveys.write")
    .input(ZId)
    .output(ZId)
    .mutation(({ ctx, input }) => deleteSurvey({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })),
  setStatus: permissionProcedure("surveys.write")
    .input(ZSetSurveyStatusInput)
    .output(ZSetSurveyStatusInput)
    .mutation(({ ctx, input }) =>
      setSurveyStatus({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id, status: input.status }),
    ),
  preview: workspaceProcedure
    .input(ZPreviewSurveyInput)
    .output(ZSurveyPreviewOut)
    .query(({ ctx, input }) => previewSurvey({ db: ctx.wdb, workspaceId: ctx.workspace.id, input })),
  recontact: workspaceProcedure
    .output(ZRecontactOut)
    .query(({ ctx }) => getRecontact({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  updateRecontact: permissionProcedure("surveys.write")
    .input(ZRecontactInput)
    .output(ZRecontactOut)
    .mutation(({ ctx, input }) =>
      updateRecontact({ db: ctx.wdb, workspaceId: ctx.workspace.id, recontactDays: input.recontactDays }),
    ),
});
