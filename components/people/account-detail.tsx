"use client";

import { useQuery } from "@tanstack/react-query";
import { EngagementCard } from "./engagement-card";
import Link from "next/link";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card, EmptyState, Loading, PageHeader } from "@/components/ui/card";
import { CsvButton } from "@/components/ui/csv-button";
import { errorMessage } from "@/components/ui/errors";
import { Cell, Table } from "@/components/ui/table";
import { MAX_ACCOUNT_USERS, PEOPLE_DEFINITIONS, type TAccountDetail } from "@/server/people/schemas";
import { BarsCard } from "./day-chart";
import { Fact, Facts, FeaturesCard, FeedbackCard, TraitsCard } from "./detail-parts";
import { formatMoney, formatNps, useZonedFormat } from "./format";

const codeOf = (error: unknown) => (error as { data?: { code?: string } } | null)?.data?.code;

function NpsCard({ nps }: { nps: TAccountDetail["nps"] }) {
  const parts = [
    { label: "Promoters (9–10)", value: nps.promoters, color: "bg-brand-600" },
    { label: "Passives (7–8)", value: nps.passives, color: "bg-stone-300" },
    { label: "Detractors (0–6)", value: nps.detractors, color: "bg-red-500" },
  ];
  return (
    <Card title="Account NPS" description={PEOPLE_DEFINITIONS.accountNps}>
      {nps.n === 0 ? (
        <EmptyState title="No NPS answer from this account yet" />
      ) : (
        <div className="space-y-3" data-testid="account-nps">
          <p className="text-3xl font-semibold tabular-nums text-stone-900">
            {formatNps(nps.nps)} <span className="text-sm font-normal text-stone-500">n = {nps.n}</span>
          </p>
          <div className="flex h-3 overflow-hidden rounded-full bg-stone-100" aria-hidden="true">
            {parts.map((p) => (
              <div key={p.label} className={p.color} style={{ width: `${(100 * p.value) / nps.n}%` }} />
            ))}
          </div>
          <table className="w-full text-sm">
            <tbody>
              {parts.map((p) => (
                <tr key={p.label}>
                  <td className="py-0.5 text-stone-600">{p.label}</td>
                  <td className="py-0.5 text-right tabular-nums">{p.value}</td>
                  <td className="py-0.5 text-right tabular-nums text-stone-500">
                    {Math.round((100 * p.value) / nps.n)}%
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

/** One account: its traits, users, activity, feature adoption, NPS and feedback. */
export function AccountDetail({ accountId }: { accountId: string }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const fmt = useZonedFormat(ws.timeZone);
  const account = useQuery(trpc.people.account.queryOptions({ workspaceId: ws.id, id: accountId }));
  const back = (
    <Link href={`/w/${ws.slug}/accounts`} className="text-sm text-brand-700 hover:underline">
      ← All accounts
    </Link>
  );
  if (codeOf(account.error) === "NOT_FOUND") {
    return <EmptyState title="Account not found">It may belong to another workspace. {back}</EmptyState>;
  }
  if (account.error) return <p className="text-sm text-red-700">{errorMessage(account.error)}</p>;
  if (!account.data) return <Loading />;
  const a = account.data;

  return (
    <div className="space-y-4" data-testid="account-detail">
      {back}
      <PageHeader title={a.name ?? a.externalId} description={a.name ? a.externalId : undefined} />
      <Card>
        <Facts>
          <Fact label="Plan">{a.plan}</Fact>
          <Fact label="MRR">{formatMoney(a.mrr)}</Fact>
          <Fact label="Users">{a.userCount}</Fact>
          <Fact label="Active users (30 days)">{a.activeUsers}</Fact>
          <Fact label="First seen">{fmt.dateTime(a.firstSeenAt)}</Fact>
          <Fact label="Last seen">{fmt.dateTime(a.lastSeenAt)}</Fact>
          <Fact label="Features adopted">{a.features.length}</Fact>
          <Fact label="Account NPS">{formatNps(a.nps.nps)}</Fact>
        </Facts>
        <p className="mt-3 text-xs text-stone-500">
          Times in the workspace&apos;s time zone ({ws.timeZone}). {PEOPLE_DEFINITIONS.activeUsers}
        </p>
      </Card>
      <EngagementCard kind="account" id={a.id} />
      <div className="grid gap-4 lg:grid-cols-2">
        <BarsCard
          title="Events per day"
          testId="account-events"
          definition={PEOPLE_DEFINITIONS.activity}
          valueLabel="Events"
          points={a.events.map((d) => ({ label: d.day, value: d.count }))}
        />
        <BarsCard
          title="Active users per week"
          testId="account-weekly-users"
          definition={PEOPLE_DEFINITIONS.weeklyActive}
          valueLabel="Active users"
          points={a.weeklyActiveUsers.map((w) => ({ label: w.from, value: w.users }))}
        />
      </div>
      <Card
        title={`Users (${a.userCount})`}
        description={`${PEOPLE_DEFINITIONS.users} Most recently seen first${a.userCount > MAX_ACCOUNT_USERS ? `, the first ${MAX_ACCOUNT_USERS}` : ""}. ${PEOPLE_DEFINITIONS.activeDays}`}
        action={
          <CsvButton
            filename={`account-${a.externalId}-users.csv`}
            header={["user id", "name", "persona", "last seen", "active days (30 days)"]}
            rows={a.users.map((u) => [u.externalId, u.name, u.persona, u.lastSeenAt.toISOString(), u.activeDays])}
          />
        }
      >
        {a.users.length === 0 ? (
          <EmptyState title="No users in this account" />
        ) : (
          <Table
            columns={[
              { label: "Name / id" },
              { label: "Persona" },
              { label: "Last seen" },
              { label: "Active days", align: "right" },
            ]}
          >
            {a.users.map((u) => (
              <tr key={u.id}>
                <Cell>
                  <Link
                    href={`/w/${ws.slug}/users/${u.id}`}
                    className="font-medium text-stone-900 hover:text-brand-700"
                  >
                    {u.name ?? u.externalId}
                  </Link>
                  {u.name ? <div className="text-xs text-stone-500">{u.externalId}</div> : null}
                </Cell>
                <Cell>{u.persona ?? <span className="text-stone-500">—</span>}</Cell>
                <Cell className="whitespace-nowrap">{fmt.date(u.lastSeenAt)}</Cell>
                <Cell align="right">{u.activeDays}</Cell>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <FeaturesCard
          slug={ws.slug}
          features={a.features}
          definition={`${PEOPLE_DEFINITIONS.features} Adopting users: its users now who have used the feature.`}
          filename={`account-${a.externalId}-features.csv`}
          day={fmt.day}
        />
        <NpsCard nps={a.nps} />
      </div>
      <TraitsCard traits={a.traits} filename={`account-${a.externalId}-traits.csv`} />
      <FeedbackCard slug={ws.slug} feedback={a.feedback} date={fmt.date} />
    </div>
  );
}
