import { reportArgs, router, workspaceProcedure } from "../init";
import {
  ZCohortsInput,
  ZCohortsReport,
  ZCriticalEventInput,
  ZCriticalEventReport,
  ZEventOptions,
  ZLifecycleInput,
  ZLifecycleReport,
  ZPastIntervalInput,
  ZPastIntervalList,
  ZRetentionInput,
  ZRetentionReport,
  ZStickinessInput,
  ZStickinessReport,
} from "../../analytics/activity-schemas";
import { getRetentionReport } from "../../analytics/queries/retention-period";
import { getCohortsReport } from "../../analytics/queries/retention-cohorts";
import { getLifecycleReport } from "../../analytics/queries/lifecycle";
import { getStickinessReport } from "../../analytics/queries/stickiness";
import { getCriticalEventReport, getEventOptions, listPastInterval } from "../../analytics/queries/critical-event";

// Adoption reports only read, so every member (viewers included) may see them.
export const adoptionActivityRouter = router({
  retention: workspaceProcedure
    .input(ZRetentionInput)
    .output(ZRetentionReport)
    .query(({ ctx, input }) => getRetentionReport(reportArgs(ctx, input))),
  cohorts: workspaceProcedure
    .input(ZCohortsInput)
    .output(ZCohortsReport)
    .query(({ ctx, input }) => getCohortsReport(reportArgs(ctx, input))),
  lifecycle: workspaceProcedure
    .input(ZLifecycleInput)
    .output(ZLifecycleReport)
    .query(({ ctx, input }) => getLifecycleReport(reportArgs(ctx, input))),
  stickiness: workspaceProcedure
    .input(ZStickinessInput)
    .output(ZStickinessReport)
    .query(({ ctx, input }) => getStickinessReport(reportArgs(ctx, input))),
  eventOptions: workspaceProcedure
    .output(ZEventOptions)
    .query(({ ctx }) => getEventOptions({ db: ctx.wdb, workspace: ctx.workspace })),
  criticalEvent: workspaceProcedure
    .input(ZCriticalEventInput)
    .output(ZCriticalEventReport)
    .query(({ ctx, input }) => getCriticalEventReport(reportArgs(ctx, input))),
  pastInterval: workspaceProcedure
    .input(ZPastIntervalInput)
    .output(ZPastIntervalList)
    .query(({ ctx, input }) => listPastInterval(reportArgs(ctx, input))),
});
