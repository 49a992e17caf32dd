import { reportArgs, router, workspaceProcedure } from "../init";
import { getFunnelReport } from "../../onboarding/reports/get-funnel-report";
import { getImpactReport } from "../../onboarding/reports/get-impact-report";
import { ZFunnelReport, ZImpactReport, ZOnboardingReportInput } from "../../onboarding/reports/schemas";

// Reports only read, so every member (viewers included) may see them.
export const onboardingReportRouter = router({
  funnel: workspaceProcedure
    .input(ZOnboardingReportInput)
    .output(ZFunnelReport)
    .query(({ ctx, input }) => getFunnelReport(reportArgs(ctx, input))),
  impact: workspaceProcedure
    .input(ZOnboardingReportInput)
    .output(ZImpactReport)
    .query(({ ctx, input }) => getImpactReport(reportArgs(ctx, input))),
});
