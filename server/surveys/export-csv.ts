// The CSV export of a survey's responses, with the report's filters: one row per response, built
// and sent in chunks of CHUNK rows (keyset pages), so a large export never sits whole in memory.
import type { Db } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { slugify } from "../workspaces/slug";
import { toneOf } from "./reports/build-report";
import { csvLine } from "../contract/csv";
import { TONE_WORD } from "./reports/definitions";
import { matchesFilters, planOf } from "./reports/filters";
import { loadReportScope, type ReportScope } from "./reports/load";
import { selectResponses, type ResponseRow } from "./reports/rows";
import type { TSurveyReportFilters } from "./reports/schemas";

export const CSV_COLUMNS = [
  "responded_at",
  "survey",
  "kind",
  "score",
  "category",
  "comment",
  "user_external_id",
  "account_external_id",
  "account_name",
  "plan",
  "persona",
  "locale",
  "display_shown_at",
] as const;

const CHUNK = 1000;

export function responseCsvLine(survey: ReportScope["survey"], r: ResponseRow): string {
  const tone = toneOf(survey.kind, r.score);
  return csvLine([
    r.createdAt.toISOString(),
    survey.name,
    survey.kind,
    r.score,
    tone === null ? "" : TONE_WORD[survey.kind][tone],
    r.comment ?? "",
    r.userExternalId ?? "",
    r.accountExternalId ?? "",
    r.accountName ?? "",
    planOf(r.accountTraits) ?? "",
    r.personaName ?? "",
    r.locale,
    r.shownAt ? r.shownAt.toISOString() : "",
  ]);
}

/** "<survey-name>-responses-<first day>-to-<last day>.csv" (ASCII), for Content-Disposition. */
export function csvFilename(scope: Pick<ReportScope, "survey" | "period">): string {
  const name = slugify(scope.survey.name).replace(/^workspace$/, "survey");
  return `${name}-responses-${scope.period.from}-to-${scope.period.to}.csv`;
}

/** The CSV text chunk by chunk: a UTF-8 byte-order mark and the header, then up to CHUNK rows at
 * a time, oldest response first. */
export async function* responseCsvChunks(args: {
  db: Db;
  dialect: SqlDialect;
  scope: ReportScope;
  filters: TSurveyReportFilters;
  chunk?: number;
}) {
  const { db, dialect, scope, filters } = args;
  const size = args.chunk ?? CHUNK;
  // The BOM makes spreadsheet apps read the accents of French and German comments right.
  yield `\uFEFF${csvLine(CSV_COLUMNS)}`;
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const page = await selectResponses(db, dialect, scope.filter, { after, limit: size });
    const text = page
      .filter((r) => matchesFilters(r, filters))
      .map((r) => responseCsvLine(scope.survey, r))
      .join("");
    if (text) yield text;
    if (page.length < size) return;
    const last = page[page.length - 1]!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}

/** Checks the survey and the period first (so a bad request is a 4xx, not a broken download),
 * then hands back the file name and the body as a byte stream. */
export async function exportResponsesCsv(args: {
  db: Db;
  dialect: SqlDialect;
  workspace: { id: string; timeZone: string };
  filters: TSurveyReportFilters;
  now?: Date;
}): Promise<{ filename: string; body: ReadableStream<Uint8Array> }> {
  const scope = await loadReportScope({ db: args.db, workspace: args.workspace, input: args.filters, now: args.now });
  const chunks = responseCsvChunks({ db: args.db, dialect: args.dialect, scope, filters: args.filters });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error("[csv] survey responses export failed:", error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return { filename: csvFilename(scope), body };
}
