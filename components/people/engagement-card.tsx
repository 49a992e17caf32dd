"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { DataTable } from "@/components/adoption/activity/data-table";
import { ChartCard } from "@/components/charts/chart-card";
import { CHART_PROPS } from "@/components/charts/chart-theme";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { ENGAGEMENT_DEFINITIONS, TREND_LABEL } from "@/server/engagement/definitions";

/** A user's or an account's engagement score, with its last 12 weeks (user and account pages). */
export function EngagementCard({ kind, id }: { kind: "user" | "account"; id: string }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const history = useQuery(trpc.engagement.history.queryOptions({ workspaceId: ws.id, kind, id }));
  const h = history.data;
  if (history.error)
    return (
      <Card title="Engagement score">
        <p className="text-sm text-red-700">Could not load the score: {errorMessage(history.error)}</p>
      </Card>
    );
  if (!h) return null;
  if (!h.configured || h.points.length === 0)
    return (
      <Card title="Engagement score">
        <p className="text-sm text-stone-600">
          No engagement score yet: weigh the events that show real use in{" "}
          <Link href={`/w/${ws.slug}/settings/engagement`} className="underline">
            Settings → Engagement
          </Link>
          .
        </p>
      </Card>
    );
  const rows = h.points.map((p) => [p.date, p.score]);
  const definition = kind === "user" ? ENGAGEMENT_DEFINITIONS.mapping : ENGAGEMENT_DEFINITIONS.account;
  return (
    <ChartCard
      title={`Engagement score: ${h.latest ?? (kind === "user" ? "not active in the last window" : "n/a")}${h.trend ? ` (${TREND_LABEL[h.trend]})` : ""}`}
      definition={`${definition} ${ENGAGEMENT_DEFINITIONS.trend}`}
      testId={`${kind}-engagement`}
      height={180}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart {...CHART_PROPS} data={h.points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="date" tick={{ fontSize: 11 }} minTickGap={24} />
            <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} width={36} />
            <Tooltip />
            <Line dataKey="score" name="Score" stroke="#237556" strokeWidth={2} dot={false} connectNulls={false} />
          </LineChart>
        </ResponsiveContainer>
      }
      table={<DataTable caption="Engagement score per day" header={["Day", "Score"]} rows={rows} />}
    />
  );
}
