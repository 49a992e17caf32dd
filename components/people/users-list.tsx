"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { AdoptionFilters } from "@/components/adoption/adoption-filters";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card, EmptyState, Loading, PageHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { Cell, Table } from "@/components/ui/table";
import { MAX_EXPORT_ROWS, PEOPLE_DEFINITIONS, USER_SORTS, type TUserRow } from "@/server/people/schemas";
import { ExportButton } from "./export-button";
import { useZonedFormat } from "./format";
import { nextSort, type Dir } from "./list-params";
import { Pager } from "./pager";
import { SearchBox } from "./search-box";
import { SortHeader } from "./sort-header";
import { useListState } from "./use-list-state";

type Sort = (typeof USER_SORTS)[number];
const FIRST_DIR: Record<Sort, Dir> = {
  name: "asc",
  firstSeen: "desc",
  lastSeen: "desc",
  activeDays: "desc",
  features: "desc",
  nps: "desc",
};
const CSV_HEADER = [
  "user id",
  "name",
  "email",
  "persona",
  "account",
  "plan",
  "first seen",
  "last seen",
  "active days (30 days)",
  "features adopted",
  "latest NPS answer",
];

export function UsersList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const fmt = useZonedFormat(ws.timeZone);
  const { filter, state, setFilter, setState } = useListState(USER_SORTS, { sort: "lastSeen", dir: "desc" });
  const input = {
    workspaceId: ws.id,
    personaId: filter.personaId,
    accountId: filter.accountId,
    segment: filter.segment,
    search: state.q || undefined,
    sort: state.sort,
    dir: state.dir,
    page: state.page,
  };
  const list = useQuery({ ...trpc.people.users.queryOptions(input), placeholderData: keepPreviousData });
  const rows = list.data?.rows ?? [];
  const header = (label: string, sort: Sort) => (
    <SortHeader
      label={label}
      active={state.sort === sort}
      dir={state.dir}
      onClick={() => setState(nextSort(state, sort, FIRST_DIR[sort]))}
    />
  );
  const csvRow = (r: TUserRow) => [
    r.externalId,
    r.name,
    r.email,
    r.persona?.name,
    r.account ? (r.account.name ?? r.account.externalId) : null,
    r.plan,
    r.firstSeenAt.toISOString(),
    r.lastSeenAt.toISOString(),
    r.activeDays,
    r.features,
    r.npsScore,
  ];
  const loadAll = async () => {
    const all = await queryClient.fetchQuery(
      trpc.people.users.queryOptions({ ...input, page: 1, pageSize: MAX_EXPORT_ROWS }),
    );
    return all.rows.map(csvRow);
  };

  return (
    <div className="space-y-4">
      <PageHeader
        title="Users"
        description="Everyone your product has seen: who they are, how active they are, what they adopted and what they told you."
      />
      <AdoptionFilters value={filter} onChange={setFilter} period={false} />
      <Card
        title={list.data ? `${list.data.total.toLocaleString("en-US")} users` : "Users"}
        description={`${PEOPLE_DEFINITIONS.activeDays} ${PEOPLE_DEFINITIONS.features} ${PEOPLE_DEFINITIONS.userNps}`}
        action={
          <div className="flex flex-wrap items-center gap-2">
            <SearchBox
              label="Search user id, name or email"
              value={state.q}
              onChange={(q) => setState({ q, page: 1 })}
            />
            <ExportButton
              filename="users.csv"
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
          <EmptyState title={state.q || list.data.total === 0 ? "No user matches" : "No users on this page"}>
            Users appear once your product sends identify, track or page calls (see Install). Widen the filters or the
            search to see more.
          </EmptyState>
        ) : null}
        {rows.length > 0 ? (
          <Table
            minWidth="min-w-[1100px]"
            columns={[
              { label: header("Name / id", "name") },
              { label: "Persona" },
              { label: "Account" },
              { label: "Plan" },
              { label: header("First seen", "firstSeen") },
              { label: header("Last seen", "lastSeen") },
              { label: header("Active days", "activeDays"), align: "right" },
              { label: header("Features", "features"), align: "right" },
              { label: header("NPS", "nps"), align: "right" },
            ]}
          >
            {rows.map((r) => (
              <tr key={r.id} data-testid="user-row">
                <Cell>
                  <Link
                    href={`/w/${ws.slug}/users/${r.id}`}
                    className="font-medium text-stone-900 hover:text-brand-700"
                  >
                    {r.name ?? r.externalId}
                  </Link>
                  <div className="text-xs text-stone-500">{r.name ? r.externalId : (r.email ?? "")}</div>
                </Cell>
                <Cell>{r.persona?.name ?? <span className="text-stone-500">—</span>}</Cell>
                <Cell>
                  {r.account ? (
                    <Link href={`/w/${ws.slug}/accounts/${r.account.id}`} className="text-brand-700 hover:underline">
                      {r.account.name ?? r.account.externalId}
                    </Link>
                  ) : (
                    <span className="text-stone-500">—</span>
                  )}
                </Cell>
                <Cell>{r.plan ?? <span className="text-stone-500">—</span>}</Cell>
                <Cell className="whitespace-nowrap">{fmt.date(r.firstSeenAt)}</Cell>
                <Cell className="whitespace-nowrap">{fmt.date(r.lastSeenAt)}</Cell>
                <Cell align="right">{r.activeDays}</Cell>
                <Cell align="right">{r.features}</Cell>
                <Cell align="right">{r.npsScore ?? <span className="text-stone-500">—</span>}</Cell>
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
