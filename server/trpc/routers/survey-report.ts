import { reportArgs, router, workspaceProcedure } from "../init";
import { getSurveyReport } from "../../surveys/reports/get-survey-report";
import { getVerbatims } from "../../surveys/reports/get-verbatims";
import { ZSurveyReport, ZSurveyReportInput, ZVerbatimsInput, ZVerbatimsOut } from "../../surveys/reports/schemas";

// Reports only read, so every member (viewers included) may see them.
export const surveyReportRouter = router({
  get: workspaceProcedure
    .input(ZSurveyReportInput)
    .output(ZSurveyReport)
    .query(({ ctx, input }) => getSurveyReport(reportArgs(ctx, input))),
  verbatims: workspaceProcedure
    .input(ZVerbatimsInput)
    .output(ZVerbatimsOut)
    .query(({ ctx, input }) => getVerbatims(reportArgs(ctx, input))),
});
