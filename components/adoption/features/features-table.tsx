"use client";

import Link from "next/link";
import { Card } from "@/components/ui/card";
import { CsvButton } from "@/components/ui/csv-button";
import { Cell, Table } from "@/components/ui/table";
import {
  adoptersDefinition,
  breadthDefinition,
  depthDefinition,
  durationDefinition,
  QUADRANT_LABELS,
  timeToAdoptDefinition,
  TREND_DEFINITION,
} from "@/server/analytics/definitions/features";
import type { TFeaturesOverview } from "@/server/analytics/features-schemas";
import { formatDays, formatNumber, formatPercent, NA } from "./format";
import { Sparkline } from "./sparkline";

/** Every feature's adoption in the period, one row each, linking to its detail page. */
export function FeaturesTable({
  report,
  detailHref,
}: {
  report: TFeaturesOverview;
  detailHref: (id: string) => string;
}) {
  const unit = report.unit;
  const header = [
    "Feature",
    "Core",
    "Released",
    "Adopters",
    "Active",
    "Breadth",
    "Frequency (days/week)",
    "Median depth (uses/active day)",
    "Median time to adopt (days)",
    "Duration week 4",
    "Duration week 4 n",
    "Quadrant",
    ...(report.features[0]?.trend ?? []).map((w) => `Breadth week of ${w.from}`),
  ];
  const rows = report.features.map((f) => [
    f.name,
    f.core ? "yes" : "no",
    f.releasedOn ?? "",
    f.adopters,
    f.active,
    f.breadth,
    f.frequency,
    f.depth.median,
    f.timeToAdopt.median,
    f.durationWeek4.share,
    f.durationWeek4.n,
    QUADRANT_LABELS[f.quadrant],
    ...f.trend.map((w) => w.breadth),
  ]);
  return (
    <Card
      title="Features"
      description={`${adoptersDefinition(unit)} ${breadthDefinition(unit)}`}
      action={
        <CsvButton filename={`features-${report.period.from}-${report.period.to}.csv`} header={header} rows={rows} />
      }
    >
      <Table
        minWidth="min-w-[1000px]"
        columns={[
          { label: "Feature" },
          { label: "Released" },
          { label: "Adopters", align: "right", hint: adoptersDefinition(unit) },
          { label: "Breadth", align: "right", hint: breadthDefinition(unit) },
          { label: "Median depth", align: "right", hint: depthDefinition(unit) },
          { label: "Median time to adopt", align: "right", hint: timeToAdoptDefinition(unit) },
          { label: "Duration wk 4", align: "right", hint: durationDefinition(unit) },
          { label: "Weekly breadth", hint: TREND_DEFINITION },
        ]}
      >
        {report.features.map((f) => (
          <tr key={f.featureId} data-testid="feature-adoption-row">
            <Cell>
              <Link href={detailHref(f.featureId)} className="font-medium text-stone-900 hover:text-brand-700">
                {f.name}
              </Link>
              {f.core ? (
                <span className="ml-2 rounded-sm bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-700">
                  core
                </span>
              ) : null}
              <div className="mt-0.5 text-xs text-stone-500">{QUADRANT_LABELS[f.quadrant]}</div>
            </Cell>
            <Cell className="whitespace-nowrap text-stone-600">{f.releasedOn ?? "—"}</Cell>
            <Cell align="right">{f.adopters.toLocaleString("en-US")}</Cell>
            <Cell align="right">{formatPercent(f.breadth, 1)}</Cell>
            <Cell align="right">{formatNumber(f.depth.median, 2)}</Cell>
            <Cell align="right">{formatDays(f.timeToAdopt.median)}</Cell>
            <Cell align="right">
              {f.durationWeek4.n > 0 ? (
                <span title={`${f.durationWeek4.retained} of ${f.durationWeek4.n}`}>
                  {formatPercent(f.durationWeek4.share)}
                </span>
              ) : (
                NA
              )}
            </Cell>
            <Cell>
              <Sparkline
                values={f.trend.map((w) => w.breadth)}
                label={`Weekly breadth of ${f.name}: ${f.trend.map((w) => `${w.from} ${formatPercent(w.breadth)}`).join(", ")}`}
              />
            </Cell>
          </tr>
        ))}
      </Table>
    </Card>
  );
}
