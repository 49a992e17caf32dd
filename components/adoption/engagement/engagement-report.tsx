"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { DataTable } from "@/components/adoption/activity/data-table";
import { ChartCard } from "@/components/charts/chart-card";
import { CHART_PROPS } from "@/components/charts/chart-theme";
import { Metric } from "@/components/onboarding-reports/metric";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card, EmptyState, Loading, PageHeader } from "@/components/ui/card";
import { CsvButton } from "@/components/ui/csv-button";
import { errorMessage } from "@/components/ui/errors";
import { Cell, Table } from "@/components/ui/table";
import { ENGAGEMENT_DEFINITIONS, TREND_LABEL } from "@/server/engagement/definitions";
import type { TEngagementReport } from "@/server/engagement/report-schemas";

type Latest = NonNullable<TEngagementReport["latest"]>;
const TREND_TONE = { up: "text-emerald-700", down: "text-red-700", flat: "text-stone-600" } as const;

function Trend({ trend, previous }: { trend: "up" | "down" | "flat" | null; previous: number | null }) {
  if (!trend) return <span className="text-stone-600">new</span>;
  return (
    <span className={TREND_TONE[trend]} title={`was ${previous}`}>
      {TREND_LABEL[trend]}
    </span>
  );
}

function ScoreOverTime({ report }: { report: TEngagementReport }) {
  const rows = report.series.map((s) => [s.date, s.productScore, s.activeUsers]);
  const header = ["Day", "Product score", "Active users"];
  return (
    <ChartCard
      title="Product engagement score, daily"
      definition={`${ENGAGEMENT_DEFINITIONS.product} ${ENGAGEMENT_DEFINITIONS.mapping}`}
      testId="engagement-over-time"
      action={<CsvButton filename="engagement-score.csv" header={header} rows={rows} />}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart {...CHART_PROPS} data={report.series} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="date" tick={{ fontSize: 11 }} minTickGap={24} />
            <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} width={36} />
            <Tooltip />
            <Line dataKey="productScore" name="Score" stroke="#237556" strokeWidth={2} dot={false} />
          </LineChart>
        </ResponsiveContainer>
      }
      table={<DataTable caption="Product engagement score per day" header={header} rows={rows} />}
    />
  );
}

function Distribution({ latest }: { latest: Latest }) {
  const data = latest.distribution.map((d) => ({ band: `${d.from}–${d.to}`, users: d.users }));
  const header = ["Score band", "Users"];
  const rows = data.map((d) => [d.band, d.users]);
  return (
    <ChartCard
      title={`Score distribution, ${latest.date}`}
      definition={ENGAGEMENT_DEFINITIONS.distribution}
      testId="engagement-distribution"
      action={<CsvButton filename="engagement-distribution.csv" header={header} rows={rows} />}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart {...CHART_PROPS} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="band" tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={44} />
            <Tooltip />
            <Bar dataKey="users" name="Users" fill="#237556" radius={[2, 2, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={<DataTable caption="Active users by score band" header={header} rows={rows} />}
    />
  );
}

function PesCard() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const query = useQuery(trpc.engagement.pes.queryOptions({ workspaceId: ws.id }));
  const pes = query.data;
  if (query.error) return <p className="text-sm text-red-700">Could not load the PES: {errorMessage(query.error)}</p>;
  if (!pes) return <Loading />;
  const show = (v: number | null) => (v === null ? "n/a" : v);
  return (
    <Card
      title={`Product Engagement Score (Pendo's definition), ${pes.from} to ${pes.to}`}
      description={ENGAGEMENT_DEFINITIONS.pes}
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="pes">
        <Metric label="PES" value={show(pes.pes)} definition="The mean of the three components." testId="metric-pes" />
        <Metric
          label="Adoption"
          value={show(pes.adoption)}
          definition={
            pes.coreFeatures === 0
              ? "No core feature yet: mark the features that matter as core in Settings → Features."
              : `Share of the ${pes.coreFeatures} core features the average active user used.`
          }
        />
        <Metric label="Stickiness" value={show(pes.stickiness)} definition="Mean DAU/MAU over the 30 days, in %." />
        <Metric
          label="Growth"
          value={show(pes.growth)}
          definition={`(New + resurrected) / dormant users over the last 4 weeks${pes.growthRatio === null ? "" : ` (${Math.round(pes.growthRatio * 100) / 100})`}, capped at 2 and scaled to 100.`}
        />
      </div>
    </Card>
  );
}

function Predictive() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const query = useQuery(trpc.engagement.predictive.queryOptions({ workspaceId: ws.id }));
  const p = query.data;
  if (query.error)
    return <p className="text-sm text-red-700">Could not load the predictive tables: {errorMessage(query.error)}</p>;
  if (!p) return <Loading />;
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Card
        title="Does the score predict retention?"
        description={
          p.retention
            ? `Active users of the ${p.retention.date} snapshot by score band, and the share of them active again in the ${p.retention.days} days after it.`
            : "Needs a snapshot 30 days old."
        }
      >
        {p.retention ? (
          <DataTable
            caption="Retention in the next 30 days by engagement score band"
            header={["Score band", "Users", "Active again", "Retained"]}
            rows={p.retention.bands.map((b) => [
              b.band,
              b.users,
              b.retained,
              b.rate === null ? null : `${Math.round(b.rate * 1000) / 10}%`,
            ])}
          />
        ) : null}
      </Card>
      <Card
        title="Does the score predict NPS?"
        description={`NPS answers of the last ${p.nps.days} days by the respondent's score on the day they answered (0 when not active then; answers of a day without a snapshot, such as today, are left out).`}
      >
        <DataTable
          caption="NPS by engagement score band"
          header={["Score band", "Answers", "Promoters", "Passives", "Detractors", "NPS"]}
          rows={p.nps.bands.map((b) => [b.band, b.respondents, b.promoters, b.passives, b.detractors, b.nps])}
        />
      </Card>
    </div>
  );
}

/** Adoption → Engagement: the product score over time, the distribution, users and accounts
 * ranked with their trend, the accounts that dropped most, and means by persona and plan. */
export function EngagementReport() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const query = useQuery(trpc.engagement.report.queryOptions({ workspaceId: ws.id }));
  const r = query.data;
  const settingsLink = (
    <Link href={`/w/${ws.slug}/settings/engagement`} className="underline">
      Settings → Engagement
    </Link>
  );
  return (
    <div className="space-y-6">
      <PageHeader
        title="Engagement score"
        description="How much each user, account and the product as a whole use what matters, from 0 to 100."
      />
      {query.error ? (
        <p className="text-sm text-red-700">Could not load the report: {errorMessage(query.error)}</p>
      ) : !r ? (
        <Loading />
      ) : !r.configured ? (
        <>
          <EmptyState title="No engagement score yet">
            Choose the events that show real use and their weights in {settingsLink}; 12 weeks of history are computed
            right away.
          </EmptyState>
          <PesCard />
        </>
      ) : !r.latest ? (
        <>
          <EmptyState title="The first snapshot is being computed">
            It appears here when the job in {settingsLink} is done.
          </EmptyState>
          <PesCard />
        </>
      ) : (
        <>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <Metric
              label={`Product score, ${r.latest.date}`}
              value={r.latest.productScore ?? "n/a"}
              definition={ENGAGEMENT_DEFINITIONS.product}
              testId="metric-product-score"
            />
            <Metric
              label="One window earlier"
              value={r.latest.previousScore ?? "n/a"}
              definition={ENGAGEMENT_DEFINITIONS.trend}
            />
            <Metric
              label="Active users"
              value={r.latest.activeUsers.toLocaleString("en-US")}
              definition="A track, page or screen call in the window."
            />
            <Metric
              label="Clamps (raw)"
              value={`${r.latest.low} – ${r.latest.high}`}
              definition="Raw scores at or below the low clamp score 0, at or above the high clamp 100."
            />
          </div>
          <ScoreOverTime report={r} />
          <Distribution latest={r.latest} />
          <div className="grid gap-6 xl:grid-cols-2">
            <Card title="Users, highest score first" description={ENGAGEMENT_DEFINITIONS.trend}>
              <Table
                columns={[
                  { label: "User" },
                  { label: "Score", align: "right" },
                  { label: "Raw", align: "right" },
                  { label: "Trend" },
                ]}
              >
                {r.latest.users.map((u) => (
                  <tr key={u.endUserId} data-testid="engagement-user">
                    <Cell>
                      <Link href={`/w/${ws.slug}/users/${u.endUserId}`} className="text-brand-700 hover:underline">
                        {u.userId}
                      </Link>
                      {u.persona ? <span className="text-stone-600"> · {u.persona}</span> : null}
                    </Cell>
                    <Cell align="right">{u.score}</Cell>
                    <Cell align="right">{u.raw}</Cell>
                    <Cell>
                      <Trend trend={u.trend} previous={u.previous} />
                    </Cell>
                  </tr>
                ))}
              </Table>
            </Card>
            <Card title="Accounts, highest score first" description={ENGAGEMENT_DEFINITIONS.account}>
              <Table
                columns={[
                  { label: "Account" },
                  { label: "Score", align: "right" },
                  { label: "Active / users", align: "right" },
                  { label: "Trend" },
                ]}
              >
                {r.latest.accounts.map((a) => (
                  <tr key={a.accountId} data-testid="engagement-account">
                    <Cell>
                      <Link href={`/w/${ws.slug}/accounts/${a.accountId}`} className="text-brand-700 hover:underline">
                        {a.name}
                      </Link>
                    </Cell>
                    <Cell align="right">{a.score}</Cell>
                    <Cell align="right">
                      {a.activeUsers} / {a.users}
                    </Cell>
                    <Cell>
                      <Trend trend={a.trend} previous={a.previous} />
                    </Cell>
                  </tr>
                ))}
              </Table>
            </Card>
          </div>
          <div className="grid gap-6 xl:grid-cols-3">
            <Card title="Accounts that dropped most" description="Score now against one window earlier.">
              {r.latest.drops.length === 0 ? (
                <p className="text-sm text-stone-600">No account dropped since the previous window.</p>
              ) : (
                <DataTable
                  caption="Accounts whose score dropped most"
                  header={["Account", "Before", "Now"]}
                  rows={r.latest.drops.map((d) => [d.name, d.previous, d.score])}
                />
              )}
            </Card>
            <Card title="By persona" description="Mean score of the active users of each persona.">
              <DataTable
                caption="Mean engagement score by persona"
                header={["Persona", "Users", "Mean score"]}
                rows={r.latest.byPersona.map((p) => [p.persona, p.users, p.meanScore])}
              />
            </Card>
            <Card title="By plan" description="Mean account score by the accounts' plan trait.">
              <DataTable
                caption="Mean account engagement score by plan"
                header={["Plan", "Accounts", "Mean score"]}
                rows={r.latest.byPlan.map((p) => [p.plan, p.accounts, p.meanScore])}
              />
            </Card>
          </div>
          <Predictive />
          <PesCard />
        </>
      )}
    </div>
  );
}
