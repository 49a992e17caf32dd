import { reportArgs, router, workspaceProcedure } from "../init";
import {
  ZFeatureDetailInput,
  ZFeatureDetailOut,
  ZFeaturesOverviewInput,
  ZFeaturesOverviewOut,
  ZTriedOnceInput,
  ZTriedOnceOut,
} from "../../analytics/features-schemas";
import { getFeaturesOverview } from "../../analytics/queries/features-overview";
import { getFeatureDetail } from "../../analytics/queries/feature-detail";
import { getTriedOnce } from "../../analytics/queries/feature-drilldown";

// Adoption reports only read, so every member (viewers included) may see them.
export const adoptionFeaturesRouter = router({
  overview: workspaceProcedure
    .input(ZFeaturesOverviewInput)
    .output(ZFeaturesOverviewOut)
    .query(({ ctx, input }) => getFeaturesOverview(reportArgs(ctx, input))),
  detail: workspaceProcedure
    .input(ZFeatureDetailInput)
    .output(ZFeatureDetailOut)
    .query(({ ctx, input }) => getFeatureDetail(reportArgs(ctx, input))),
  triedOnce: workspaceProcedure
    .input(ZTriedOnceInput)
    .output(ZTriedOnceOut)
    .query(({ ctx, input }) => getTriedOnce(reportArgs(ctx, input))),
});
