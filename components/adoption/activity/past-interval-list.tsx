"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card, EmptyState, Loading } from "@/components/ui/card";
import { CsvButton } from "@/components/ui/csv-button";
import { errorMessage } from "@/components/ui/errors";
import { Cell, Table } from "@/components/ui/table";
import type { AdoptionFilterInput } from "@/server/analytics/schemas";
import { CRITICAL_EVENT_DEFINITIONS } from "@/server/analytics/definitions/activity";
import { Definition } from "@/components/onboarding-reports/metric";
import { ReportError } from "./activity-controls";
import { count, shortDate } from "./format";

const HEADER = ["User", "User id", "Last occurrence", "Days since", "Uses", "Persona", "Account"];

/** The users past the usage interval, most recently lapsed first, each linking to its page. */
export function PastIntervalList({
  filter,
  event,
  intervalDays,
}: {
  filter: AdoptionFilterInput;
  event: string;
  intervalDays: number;
}) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.adoptionActivity.pastInterval.queryOptions({ workspaceId: ws.id, ...filter, event, intervalDays }),
    placeholderData: keepPreviousData,
  });
  const list = query.data;
  const rows = (list?.users ?? []).map((u) => [
    u.externalId,
    u.endUserId,
    u.lastDay,
    u.daysSince,
    u.uses,
    u.persona ?? "",
    u.account ?? "",
  ]);
  return (
    <Card
      title={`Past their interval${list ? ` · ${count(list.total)}` : ""}`}
      description={`Last "${event}" more than ${intervalDays} day${intervalDays === 1 ? "" : "s"} before the period's end`}
      action={<CsvButton filename={`past-interval-${event}.csv`} header={HEADER} rows={rows} />}
    >
      {query.error ? (
        <ReportError what="the users" message={errorMessage(query.error)} />
      ) : !list ? (
        <Loading />
      ) : list.users.length === 0 ? (
        <EmptyState title="Nobody is past the interval">Everyone who did it did it again recently enough.</EmptyState>
      ) : (
        <>
          <Table
            minWidth="min-w-[640px]"
            columns={[
              { label: "User" },
              { label: "Last occurrence" },
              { label: "Days since", align: "right" },
              { label: "Uses", align: "right" },
              { label: "Persona" },
              { label: "Account" },
            ]}
          >
            {list.users.map((u) => (
              <tr key={u.endUserId}>
                <Cell>
                  <Link
                    href={`/w/${ws.slug}/users/${u.endUserId}`}
                    className="font-medium text-stone-900 hover:text-brand-700"
                  >
                    {u.externalId}
                  </Link>
                </Cell>
                <Cell>{shortDate(u.lastDay)}</Cell>
                <Cell align="right">{count(u.daysSince)}</Cell>
                <Cell align="right">{count(u.uses)}</Cell>
                <Cell>{u.persona ?? "—"}</Cell>
                <Cell>
                  {u.accountId ? (
                    <Link href={`/w/${ws.slug}/accounts/${u.accountId}`} className="hover:text-brand-700">
                      {u.account}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Cell>
              </tr>
            ))}
          </Table>
          {list.total > list.users.length ? (
            <p className="mt-3 text-xs text-stone-500">
              The {count(list.users.length)} most recently lapsed of {count(list.total)}; narrow the filter to see
              others.
            </p>
          ) : null}
        </>
      )}
      <Definition>{CRITICAL_EVENT_DEFINITIONS.pastInterval}</Definition>
    </Card>
  );
}
