"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { ReactNode } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Loading } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { HEALTH_DEFINITION } from "@/server/engagement/account-health";
import { ENGAGEMENT_DEFINITIONS } from "@/server/engagement/definitions";
import { NPS_DAYS, type THomeSummary } from "@/server/home/summary-schema";
import { count, percent, span } from "../adoption/activity/format";

function Tile({
  title,
  href,
  linkLabel,
  value,
  detail,
  definition,
  testId,
  children,
}: {
  title: string;
  href: string;
  linkLabel: string;
  value: ReactNode;
  detail?: ReactNode;
  definition: string;
  testId: string;
  children?: ReactNode;
}) {
  return (
    <section className="flex flex-col rounded-lg border border-stone-200 bg-white p-4 shadow-xs" data-testid={testId}>
      <h2 className="text-xs font-medium uppercase tracking-wide text-stone-500">{title}</h2>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-stone-900">{value}</p>
      {detail ? <p className="text-sm text-stone-600">{detail}</p> : null}
      {children}
      <p className="mt-2 text-xs leading-relaxed text-stone-500">{definition}</p>
      <Link href={href} className="mt-auto pt-2 text-sm font-medium text-brand-700 hover:underline">
        {linkLabel} →
      </Link>
    </section>
  );
}

const score = (x: number | null) => (x === null ? "–" : x.toFixed(1));
const nps = (x: number | null) => (x === null ? "–" : Math.round(x).toString());

function Cards({ s }: { s: THomeSummary }) {
  const ws = useWorkspace();
  const base = `/w/${ws.slug}`;
  const e = s.engagement;
  const o = s.onboarding;
  const w = s.weeklyActive;
  const l = s.lifecycle;
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      <Tile
        title="Product engagement score"
        testId="home-engagement"
        href={e ? `${base}/adoption/engagement` : `${base}/settings/engagement`}
        linkLabel={e ? "Engagement report" : "Weigh your events"}
        value={e ? score(e.score) : "Not set up"}
        detail={
          e
            ? `${e.date}${e.previous !== null && e.score !== null ? ` · ${e.score - e.previous >= 0 ? "+" : "−"}${Math.abs(e.score - e.previous).toFixed(1)} vs a window earlier` : ""}`
            : "Choose the events that show real use in Settings → Engagement."
        }
        definition={ENGAGEMENT_DEFINITIONS.product}
      />
      <Tile
        title={`NPS, last ${NPS_DAYS} days`}
        testId="home-nps"
        href={`${base}/surveys`}
        linkLabel={s.nps.responses > 0 ? "Survey reports" : "Create an NPS survey"}
        value={s.nps.responses > 0 ? `${nps(s.nps.users)} users · ${nps(s.nps.accounts)} accounts` : "No answers yet"}
        detail={
          s.nps.responses > 0
            ? `${count(s.nps.responses)} users answered, under ${count(s.nps.accountsAnswered)} accounts`
            : "An NPS survey asks your users in the widget."
        }
        definition="User NPS: % promoters (9–10) − % detractors (0–6) over each user's latest answer. Account NPS: the mean of each account's NPS, so a big account weighs as much as a small one."
      />
      <Tile
        title="Onboarding completion"
        testId="home-onboarding"
        href={`${base}/onboarding`}
        linkLabel={o.checklists > 0 ? "Checklists" : "Create a checklist"}
        value={
          o.checklists === 0
            ? "No live checklist"
            : o.exposed === 0
              ? "Nobody shown yet"
              : percent(o.completed / o.exposed)
        }
        detail={
          o.checklists > 0
            ? `${count(o.completed)} of ${count(o.exposed)} users shown a live checklist completed it`
            : "Take a checklist live to onboard new users."
        }
        definition="Users in the exposed group of the live checklists who completed every item (the holdout is left out)."
      />
      <Tile
        title={`Weekly active users, ${span(w.from, w.to)}`}
        testId="home-wau"
        href={`${base}/adoption/lifecycle`}
        linkLabel="Lifecycle report"
        value={count(w.users)}
        detail={`${w.previous > 0 ? `${w.users - w.previous >= 0 ? "+" : "−"}${percent(Math.abs(w.users - w.previous) / w.previous)} vs the week before · ` : ""}${count(l.new)} new, ${count(l.current)} returning, ${count(l.resurrected)} resurrected, ${count(l.dormant)} gone dormant`}
        definition="Users with a track, page or screen call in the last whole calendar week (Monday to Sunday), and their lifecycle against the week before. Quick ratio (new + resurrected) / dormant above 1 means growth."
      >
        <p className="text-xs text-stone-600">Quick ratio {l.quickRatio === null ? "n/a" : l.quickRatio.toFixed(2)}</p>
      </Tile>
      <Tile
        title="Accounts at risk"
        testId="home-at-risk"
        href={`${base}/accounts?health=at_risk`}
        linkLabel="All accounts at risk"
        value={count(s.atRisk.total)}
        definition={HEALTH_DEFINITION}
      >
        <ul className="mt-1 space-y-0.5 text-sm">
          {s.atRisk.accounts.map((a) => (
            <li key={a.id}>
              <Link href={`${base}/accounts/${a.id}`} className="text-brand-700 hover:underline">
                {a.name}
              </Link>{" "}
              <span className="text-xs text-stone-500">
                score {score(a.engagement)} · {a.activeUsers}/{a.users} active
              </span>
            </li>
          ))}
        </ul>
      </Tile>
    </div>
  );
}

/** Home's Monday figures, each linking to the report it comes from. */
export function MondayCards() {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const summary = useQuery(trpc.home.summary.queryOptions({ workspaceId: ws.id }));
  if (summary.error)
    return <p className="text-sm text-red-700">Could not load the summary: {errorMessage(summary.error)}</p>;
  if (!summary.data) return <Loading />;
  return <Cards s={summary.data} />;
}
