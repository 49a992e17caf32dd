import { z } from "zod";
import { permissionProcedure, router, workspaceProcedure } from "../init";
import { ZFeedbackButton } from "../../feedback/button-config";
import { getFeedbackButton, updateFeedbackButton } from "../../feedback/button-settings";
import { assignFeedback } from "../../feedback/assign-feedback";
import { countFeedback } from "../../feedback/count-feedback";
import { createFeedback } from "../../feedback/create-feedback";
import { getFeedback } from "../../feedback/get-feedback";
import { createRoadmapItemFromFeedback, linkFeedbackToRoadmap } from "../../feedback/link-roadmap";
import { listFeedback } from "../../feedback/list-feedback";
import { listFeedbackFacets } from "../../feedback/list-facets";
import { listFeedbackTags } from "../../feedback/list-tags";
import { markDuplicate } from "../../feedback/mark-duplicate";
import { setFeedbackStatus } from "../../feedback/set-feedback-status";
import { addFeedbackTags, removeFeedbackTags } from "../../feedback/tag-feedback";
import {
  ZAssignInput,
  ZCreateFeedbackInput,
  ZCreateRoadmapItemFromFeedbackInput,
  ZFacetsOut,
  ZFeedbackCountsInput,
  ZFeedbackCountsOut,
  ZFeedbackDetailOut,
  ZFeedbackListOut,
  ZFeedbackRow,
  ZIdsOut,
  ZLinkRoadmapInput,
  ZListFeedbackInput,
  ZMarkDuplicateInput,
  ZSetStatusInput,
  ZTagCountsOut,
  ZTagsInput,
} from "../../feedback/schemas";
import { ZRoadmapItemOut } from "../../roadmap/schemas";

const ZId = z.object({ id: z.string().min(1).max(100) });
const write = permissionProcedure("feedback.write");

// The PM's inbox. Reads are open to every member; triage needs feedback.write.
export const feedbackRouter = router({
  list: workspaceProcedure
    .input(ZListFeedbackInput)
    .output(ZFeedbackListOut)
    .query(({ ctx, input }) =>
      listFeedback({ db: ctx.wdb, dialect: ctx.dialect, workspaceId: ctx.workspace.id, input }),
    ),
  get: workspaceProcedure
    .input(ZId)
    .output(ZFeedbackDetailOut)
    .query(({ ctx, input }) => getFeedback({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })),
  counts: workspaceProcedure
    .input(ZFeedbackCountsInput)
    .output(ZFeedbackCountsOut)
    .query(({ ctx, input }) => {
      const { workspaceId: _ignored, ...filters } = input;
      return countFeedback({ db: ctx.wdb, dialect: ctx.dialect, workspaceId: ctx.workspace.id, filters });
    }),
  tags: workspaceProcedure
    .output(ZTagCountsOut)
    .query(({ ctx }) => listFeedbackTags({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  facets: workspaceProcedure
    .output(ZFacetsOut)
    .query(({ ctx }) => listFeedbackFacets({ db: ctx.wdb, dialect: ctx.dialect, workspaceId: ctx.workspace.id })),
  create: write
    .input(ZCreateFeedbackInput)
    .output(ZFeedbackRow)
    .mutation(({ ctx, input }) => {
      const { workspaceId: _ignored, ...data } = input;
      return createFeedback({ db: ctx.wdb, workspaceId: ctx.workspace.id, input: data });
    }),
  setStatus: write
    .input(ZSetStatusInput)
    .output(ZIdsOut)
    .mutation(({ ctx, input }) =>
      setFeedbackStatus({ db: ctx.wdb, workspaceId: ctx.workspace.id, ids: input.ids, status: input.status }),
    ),
  addTags: write
    .input(ZTagsInput)
    .output(ZIdsOut)
    .mutation(({ ctx, input }) =>
      addFeedbackTags({ db: ctx.wdb, workspaceId: ctx.workspace.id, ids: input.ids, tags: input.tags }),
    ),
  removeTags: write
    .input(ZTagsInput)
    .output(ZIdsOut)
    .mutation(({ ctx, input }) =>
      removeFeedbackTags({ db: ctx.wdb, workspaceId: ctx.workspace.id, ids: input.ids, tags: input.tags }),
    ),
  assign: write
    .input(ZAssignInput)
    .output(ZIdsOut)
    .mutation(({ ctx, input }) =>
      assignFeedback({ db: ctx.wdb, workspaceId: ctx.workspace.id, ids: input.ids, assigneeId: input.assigneeId }),
    ),
  markDuplicate: write
    .input(ZMarkDuplicateInput)
    .output(z.object({ id: z.string(), duplicateOfId: z.string() }))
    .mutation(({ ctx, input }) =>
      markDuplicate({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id, duplicateOfId: input.duplicateOfId }),
    ),
  linkRoadmap: write
    .input(ZLinkRoadmapInput)
    .output(ZIdsOut.extend({ roadmapItem: z.object({ id: z.string(), title: z.string() }) }))
    .mutation(({ ctx, input }) =>
      linkFeedbackToRoadmap({
        db: ctx.wdb,
        workspaceId: ctx.workspace.id,
        ids: input.ids,
        roadmapItemId: input.roadmapItemId,
      }),
    ),
  // Creating the item is a roadmap write as much as a feedback one: the procedure checks
  // feedback.write, which every role holding it also pairs with roadmap.write.
  createRoadmapItemFromFeedback: write
    .input(ZCreateRoadmapItemFromFeedbackInput)
    .output(ZIdsOut.extend({ roadmapItem: ZRoadmapItemOut }))
    .mutation(({ ctx, input }) =>
      createRoadmapItemFromFeedback({ db: ctx.wdb, workspaceId: ctx.workspace.id, ids: input.ids, item: input.item }),
    ),
  buttonConfig: workspaceProcedure
    .output(ZFeedbackButton)
    .query(({ ctx }) => getFeedbackButton({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  updateButtonConfig: write
    .input(z.object({ data: ZFeedbackButton }))
    .output(ZFeedbackButton)
    .mutation(({ ctx, input }) =>
      updateFeedbackButton({ db: ctx.wdb, workspaceId: ctx.workspace.id, input: input.data }),
    ),
});
