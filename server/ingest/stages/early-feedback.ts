import { CLAIM_EARLY_FEEDBACK_STATEMENTS, claimEarlyFeedback } from "../../feedback/claim-early-feedback";
import { need, type IngestStage } from "./stage";

/** Feedback sent before its author's first identify gets the persona and account this batch
 * settled (server/feedback/claim-early-feedback.ts). After personas: it copies the new persona. */
export const earlyFeedback: IngestStage = {
  name: "early-feedback",
  maxStatements: CLAIM_EARLY_FEEDBACK_STATEMENTS,
  async run(ctx) {
    await claimEarlyFeedback(ctx.tx, ctx.dialect, ctx.workspace.id, need(ctx, "wereBare"));
  },
};
