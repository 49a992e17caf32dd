import type { ReportArgs } from "../../sql/report-args";
import { toneOf } from "./build-report";
import { loadFilteredResponses, loadReportScope } from "./load";
import type { TVerbatimsInput, TVerbatimsOut } from "./schemas";

/** The comments of the period that pass the report's filters, newest first, optionally of one
 * tone (NPS detractor / passive / promoter; CSAT and CES negative / neutral / positive, by
 * scoreTone). An open question's answers are all listed (they have no tone). */
export async function getVerbatims(args: ReportArgs<TVerbatimsInput>): Promise<TVerbatimsOut> {
  const { db, dialect, input } = args;
  const scope = await loadReportScope(args);
  const kind = scope.survey.kind;
  const { rows } = await loadFilteredResponses(db, dialect, scope, input);
  const matching = rows
    .filter((r) => r.comment !== null && r.comment.trim() !== "")
    .map((r) => ({ row: r, tone: toneOf(kind, r.score) }))
    .filter((x) => input.tone === undefined || kind === "open" || x.tone === input.tone)
    .reverse();
  const page = matching.slice(input.offset, input.offset + input.limit);
  return {
    kind,
    total: matching.length,
    items: page.map(({ row, tone }) => ({
      id: row.id,
      respondedAt: row.createdAt,
      score: row.score,
      tone,
      comment: row.comment!,
      user: row.userExternalId,
      account: row.accountExternalId === null ? null : { externalId: row.accountExternalId, name: row.accountName },
      persona: row.personaName,
      locale: row.locale,
    })),
    nextOffset: input.offset + input.limit < matching.length ? input.offset + input.limit : null,
  };
}
