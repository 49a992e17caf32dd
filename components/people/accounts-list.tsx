"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Select } from "@/components/ui/field";
import { ENGAGEMENT_DEFINITIONS } from "@/server/engagement/definitions";
import { HEALTH, HEALTH_DEFINITION, type Health } from "@/server/engagement/account-health";
import { AdoptionFilters } from "@/components/adoption/adoption-filters";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card, EmptyState, Loading, PageHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { Cell, Table } from "@/components/ui/table";
import { ACCOUNT_SORTS, MAX_EXPORT_ROWS, PEOPLE_DEFINITIONS, type TAccountRow } from "@/server/people/schemas";
import { ExportButton } from "./export-button";
import { formatMoney, formatNps, useZonedFormat } from "./format";
import { nextSort, type Dir } from "./list-params";
import { Pager } from "./pager";
import { SortHeader } from "./sort-header";
import { useListState } from "./use-list-state";
import { SearchBox } from "./search-box";

type Sort = (typeof ACCOUNT_SORTS)[number];
const FIRST_DIR: Record<Sort, Dir> = {
  name: "asc",
  users: "desc",
  activeUsers: "desc",
  firstSeen: "desc",
  lastSeen: "desc",
  features: "desc",
  nps: "desc",
  engagement: "desc",
};
const HEALTH_LABEL: Record<Health, string> = { healthy: "Healthy", at_risk: "At risk", dormant: "Dormant" };
const HEALTH_TONE: Record<Health, string> = {
  healthy: "bg-emerald-50 text-emerald-800",
  at_risk: "bg-amber-50 text-amber-900",
  dormant: "bg-stone-100 text-stone-700",
};
const CSV_HEADER = [
  "account id",
  "name",
  "plan",
  "MRR",
  "users",
  "active users (30 days)",
  "first seen",
  "last seen",
  "features adopted",
  "key features adopted",
  "core features",
  "open feedback",
  "account NPS",
  "NPS responses",
  "engagement score",
  "engagement score a window earlier",
  "health",
];

export function AccountsList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const fmt = useZonedFormat(ws.timeZone);
  const { filter, state, setFilter, setState } = useListState(ACCOUNT_SORTS, { sort: "lastSeen", dir: "desc" });
  // The health filter lives in the URL too, so "accounts at risk" can be linked to.
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const health = HEALTH.find((h) => h === params.get("health"));
  const setHealth = (value: string) => {
    const next = new URLSearchParams(params.toString());
    if (value) next.set("health", value);
    else next.delete("health");
    next.delete("page");
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  };
  const input = {
    health,
    workspaceId: ws.id,
    personaId: filter.personaId,
    accountId: filter.accountId,
    segment: filter.segment,
    search: state.q || undefined,
    sort: state.sort,
    dir: state.dir,
    page: state.page,
  };
  const list = useQuery({ ...trpc.people.accounts.queryOptions(input), placeholderData: keepPreviousData });
  const rows = list.data?.rows ?? [];
  const header = (label: string, sort: Sort) => (
    <SortHeader
      label={label}
      active={state.sort === sort}
      dir={state.dir}
      onClick={() => setState(nextSort(state, sort, FIRST_DIR[sort]))}
    />
  );
  const csvRow = (r: TAccountRow) => [
    r.externalId,
    r.name,
    r.plan,
    r.mrr,
    r.users,
    r.activeUsers,
    r.firstSeenAt.toISOString(),
    r.lastSeenAt.toISOString(),
    r.features,
    r.keyFeatures,
    r.coreFeatures,
    r.openFeedback,
    r.nps === null ? null : Math.round(r.nps * 10) / 10,
    r.npsResponses,
    r.engagement,
    r.engagementBefore,
    HEALTH_LABEL[r.health],
  ];
  const loadAll = async () => {
    const all = await queryClient.fetchQuery(
      trpc.people.accounts.queryOptions({ ...input, page: 1, pageSize: MAX_EXPORT_ROWS }),
    );
    return all.rows.map(csvRow);
  };

  return (
    <div className="space-y-4">
      <PageHeader
        title="Accounts"
        description="The companies your users belong to (Segment group calls): size, activity, adoption and sentiment."
      />
      <AdoptionFilters value={filter} onChange={setFilter} period={false} />
      <Card
        title={list.data ? `${list.data.total.toLocaleString("en-US")} accounts` : "Accounts"}
        description={`${PEOPLE_DEFINITIONS.users} ${PEOPLE_DEFINITIONS.activeUsers} ${PEOPLE_DEFINITIONS.features} ${PEOPLE_DEFINITIONS.keyFeatures} ${PEOPLE_DEFINITIONS.openFeedback} ${PEOPLE_DEFINITIONS.accountNps} ${ENGAGEMENT_DEFINITIONS.account} ${HEALTH_DEFINITION}`}
        action={
          <div className="flex flex-wrap items-center gap-2">
            <Select
              value={health ?? ""}
              onChange={(e) => setHealth(e.target.value)}
              aria-label="Health"
              className="w-36"
              data-testid="health-filter"
            >
              <option value="">Any health</option>
              {HEALTH.map((h) => (
                <option key={h} value={h}>
                  {HEALTH_LABEL[h]}
                </option>
              ))}
            </Select>
            <SearchBox label="Search account id or name" value={state.q} onChange={(q) => setState({ q, page: 1 })} />
            <ExportButton
              filename="accounts.csv"
              header={CSV_HEADER}
              load={loadAll}
              disabled={!list.data || list.data.total === 0}
            />
          </div>
        }
      >
        {list.isLoading ? <Loading /> : null}
        {list.error ? <p className="text-sm text-red-700">{errorMessage(list.error)}</p> : null}
        {list.data && rows.length === 0 ? (
          <EmptyState title={state.q || list.data.total === 0 ? "No account matches" : "No accounts on this page"}>
            Accounts appear once your product sends group calls (a user joining a company). Widen the filters or the
            search to see more.
          </EmptyState>
        ) : null}
        {rows.length > 0 ? (
          <Table
            minWidth="min-w-[1300px]"
            columns={[
              { label: header("Name / id", "name") },
              { label: "Plan" },
              { label: "MRR", align: "right" },
              { label: header("Users", "users"), align: "right" },
              { label: header("Active users", "activeUsers"), align: "right" },
              { label: header("First seen", "firstSeen") },
              { label: header("Last seen", "lastSeen") },
              { label: header("Features", "features"), align: "right" },
              { label: "Key features", align: "right" },
              { label: "Open feedback", align: "right" },
              { label: header("NPS", "nps"), align: "right" },
              { label: header("Engagement", "engagement"), align: "right" },
              { label: "Health" },
            ]}
          >
            {rows.map((r) => (
              <tr key={r.id} data-testid="account-row">
                <Cell>
                  <Link
                    href={`/w/${ws.slug}/accounts/${r.id}`}
                    className="font-medium text-stone-900 hover:text-brand-700"
                  >
                    {r.name ?? r.externalId}
                  </Link>
                  {r.name ? <div className="text-xs text-stone-500">{r.externalId}</div> : null}
                </Cell>
                <Cell>{r.plan ?? <span className="text-stone-500">—</span>}</Cell>
                <Cell align="right">{formatMoney(r.mrr)}</Cell>
                <Cell align="right">{r.users}</Cell>
                <Cell align="right">{r.activeUsers}</Cell>
                <Cell className="whitespace-nowrap">{fmt.date(r.firstSeenAt)}</Cell>
                <Cell className="whitespace-nowrap">{fmt.date(r.lastSeenAt)}</Cell>
                <Cell align="right">{r.features}</Cell>
                <Cell align="right">
                  {r.coreFeatures > 0 ? (
                    `${r.keyFeatures} of ${r.coreFeatures}`
                  ) : (
                    <span className="text-stone-500">—</span>
                  )}
                </Cell>
                <Cell align="right">
                  {r.openFeedback > 0 ? (
                    <Link
                      href={`/w/${ws.slug}/feedback?account=${r.id}&status=new,triaged`}
                      className="text-brand-700 hover:underline"
                      title="Open feedback from this account's users"
                    >
                      {r.openFeedback}
                    </Link>
                  ) : (
                    0
                  )}
                </Cell>
                <Cell align="right">
                  {formatNps(r.nps)}
                  {r.npsResponses > 0 ? (
                    <span className="ml-1 text-xs text-stone-500">(n={r.npsResponses})</span>
                  ) : null}
                </Cell>
                <Cell align="right">
                  {r.engagement ?? <span className="text-stone-500">—</span>}
                  {r.engagement !== null && r.engagementBefore !== null ? (
                    <span className="ml-1 text-xs text-stone-600" title={`was ${r.engagementBefore}`}>
                      {r.engagement - r.engagementBefore >= 5
                        ? "▲"
                        : r.engagementBefore - r.engagement >= 5
                          ? "▼"
                          : "·"}
                    </span>
                  ) : null}
                </Cell>
                <Cell>
                  <span
                    className={`rounded px-1.5 py-0.5 text-xs font-medium ${HEALTH_TONE[r.health]}`}
                    data-testid="account-health"
                  >
                    {HEALTH_LABEL[r.health]}
                  </span>
                </Cell>
              </tr>
            ))}
          </Table>
        ) : null}
        {list.data ? (
          <Pager
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPage={(page) => setState({ page })}
          />
        ) : null}
      </Card>
    </div>
  );
}
