import { reportArgs, router, workspaceProcedure } from "../init";
import { getHomeSummary } from "../../home/summary";
import { ZHomeSummary } from "../../home/summary-schema";

export const homeRouter = router({
  /** The Monday figures of Home, each from the report that owns it. Every member reads it. */
  summary: workspaceProcedure.output(ZHomeSummary).query(({ ctx }) => getHomeSummary(reportArgs(ctx, {}))),
});
