import { AppError } from "../errors";
import type { WidgetSurveyKind } from "../contract/widget-protocol";
import { assertScore, SCALES } from "../surveys/scale";

/** The score and comment an answer to this kind needs: a score on the scale for NPS / CSAT / CES
 * (none for an open question), a comment for an open question. */
export function assertAnswer(kind: WidgetSurveyKind, score: number | undefined, comment: string | null): void {
  if (kind === "open") {
    if (score !== undefined)
      throw new AppError("BAD_REQUEST", "An open survey takes no score; send the answer as comment.");
    if (comment === null) throw new AppError("BAD_REQUEST", "An open survey needs a non-empty comment.");
    return;
  }
  if (score === undefined) {
    const { min, max } = SCALES[kind];
    throw new AppError("BAD_REQUEST", `A ${kind.toUpperCase()} answer needs a score from ${min} to ${max}.`);
  }
  assertScore(kind, score);
}
