import { scoreTone } from "@/server/contract/score-tone";
import type { SurveyKind } from "@/server/surveys/schemas";
import type { TSurveyReport } from "@/server/surveys/reports/schemas";

const TONE_BAR = { negative: "bg-red-400", neutral: "bg-stone-400", positive: "bg-green-600" } as const;

/** One column per score of the scale, coloured by its tone; the count above, the score below. */
export function DistributionChart({
  kind,
  distribution,
  label,
}: {
  kind: SurveyKind;
  distribution: TSurveyReport["distribution"];
  label: string;
}) {
  const max = Math.max(1, ...distribution.map((d) => d.count));
  return (
    <ul aria-label={label} className="flex h-44 items-end gap-1.5" data-testid="survey-distribution">
      {distribution.map((d) => (
        <li
          key={d.score}
          className="flex h-full min-w-0 flex-1 flex-col items-center justify-end gap-1"
          aria-label={`Score ${d.score}: ${d.count}`}
          data-score={d.score}
          data-count={d.count}
        >
          <span className="text-xs tabular-nums text-stone-600">{d.count}</span>
          <div
            className={`w-full rounded-t ${TONE_BAR[scoreTone(kind, d.score)]}`}
            style={{ height: `${(d.count / max) * 100}%`, minHeight: d.count > 0 ? 2 : 0 }}
            aria-hidden="true"
          />
          <span className="text-xs font-medium tabular-nums text-stone-700">{d.score}</span>
        </li>
      ))}
    </ul>
  );
}
