"use client";

import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis } from "recharts";
import { ChartFigure, FigureTable } from "@/components/charts/chart-figure";
import { AXIS_PROPS, CHART_COLORS, CHART_PROPS, TOOLTIP_PROPS } from "@/components/charts/chart-theme";
import { formatCount } from "@/components/charts/format";
import { scoreTone } from "@/server/contract/score-tone";
import type { SurveyKind } from "@/server/surveys/schemas";
import type { TSurveyReport } from "@/server/surveys/reports/schemas";

const TONE_FILL = { negative: CHART_COLORS.negative, neutral: CHART_COLORS.muted, positive: CHART_COLORS.positive };
const TONE_NAME = { negative: "negative", neutral: "neutral", positive: "positive" } as const;

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
  const data = distribution.map((d) => ({ ...d, tone: scoreTone(kind, d.score) }));
  return (
    <ChartFigure
      testId="survey-distribution"
      height={176}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            {...CHART_PROPS}
            data={data}
            margin={{ top: 18, right: 4, bottom: 0, left: 4 }}
            barCategoryGap="12%"
          >
            <XAxis {...AXIS_PROPS} dataKey="score" interval={0} tick={{ ...AXIS_PROPS.tick, fontWeight: 500 }} />
            <Tooltip
              {...TOOLTIP_PROPS}
              labelFormatter={(score) => `Score ${String(score)}`}
              formatter={(count) => [formatCount(Number(count)), "Answers"]}
            />
            <Bar
              dataKey="count"
              radius={[3, 3, 0, 0]}
              minPointSize={(v) => (Number(v) > 0 ? 2 : 0)}
              isAnimationActive={false}
            >
              {data.map((d) => (
                <Cell key={d.score} fill={TONE_FILL[d.tone]} />
              ))}
              <LabelList dataKey="count" position="top" fontSize={11} fill={CHART_COLORS.tick} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <FigureTable
          caption={label}
          header={["Score", "Answers", "Tone"]}
          rows={data.map((d) => ({
            key: String(d.score),
            cells: [d.score, formatCount(d.count), TONE_NAME[d.tone]],
            attrs: { "data-score": d.score, "data-count": d.count },
          }))}
        />
      }
    />
  );
}
