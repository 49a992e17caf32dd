import type { SurveyKind } from "@/server/surveys/schemas";
import { TONE_LABELS } from "@/server/surveys/reports/definitions";
import type { TBreakdownGroup } from "@/server/surveys/reports/schemas";
import { formatMetric, KIND_LABELS } from "../labels";

const TONE_BAR = { negative: "bg-red-400", neutral: "bg-stone-300", positive: "bg-green-600" } as const;

/** One row per group: the tone split as a stacked bar with its counts, n, and the group's metric. */
export function BreakdownTable({
  kind,
  groups,
  title,
  testId,
}: {
  kind: SurveyKind;
  groups: TBreakdownGroup[];
  title: string;
  testId: string;
}) {
  const tones = TONE_LABELS[kind];
  if (groups.length === 0) return <p className="text-sm text-stone-500">No answers to break down.</p>;
  return (
    <div className="-mx-4 overflow-x-auto">
      <table className="w-full min-w-[560px] table-fixed text-left text-sm" data-testid={testId}>
        <thead className="border-b border-stone-100 text-xs uppercase tracking-wide text-stone-500">
          <tr>
            <th className="w-1/4 truncate px-4 py-2 font-medium">{title}</th>
            {kind === "open" ? null : (
              <th className="px-4 py-2 font-medium">
                {tones.positive} · {tones.neutral} · {tones.negative}
              </th>
            )}
            <th className="w-20 px-4 py-2 text-right font-medium">n</th>
            {kind === "open" ? null : (
              <th className="w-24 px-4 py-2 text-right font-medium">{KIND_LABELS[kind].metric}</th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {groups.map((g) => {
            const total = g.tones.negative + g.tones.neutral + g.tones.positive;
            const share = (v: number) => (total === 0 ? 0 : (100 * v) / total);
            return (
              <tr key={g.key ?? "(none)"} data-testid={`${testId}-row`}>
                <td className="truncate px-4 py-2 text-stone-800" title={g.label}>
                  {g.label}
                </td>
                {kind === "open" ? null : (
                  <td className="px-4 py-2">
                    <div className="flex h-4 w-full max-w-72 overflow-hidden rounded bg-stone-100" aria-hidden="true">
                      {(["positive", "neutral", "negative"] as const).map((t) => (
                        <div key={t} className={TONE_BAR[t]} style={{ width: `${share(g.tones[t])}%` }} />
                      ))}
                    </div>
                    <p className="mt-0.5 text-xs tabular-nums text-stone-500">
                      {g.tones.positive} · {g.tones.neutral} · {g.tones.negative}
                    </p>
                  </td>
                )}
                <td className="px-4 py-2 text-right tabular-nums">{g.n}</td>
                {kind === "open" ? null : (
                  <td className="px-4 py-2 text-right font-medium tabular-nums">{formatMetric(kind, g.value)}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
