"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card, EmptyState, Loading } from "@/components/ui/card";
import { CsvButton } from "@/components/ui/csv-button";
import { errorMessage } from "@/components/ui/errors";
import { Cell, Table } from "@/components/ui/table";
import { TRIED_ONCE_DEFINITION } from "@/server/analytics/definitions/features";
import type { AdoptionFilterInput } from "@/server/analytics/schemas";

/** The users who used the feature on one day only and did not come back: people to ask why. */
export function TriedOnce({
  featureId,
  featureName,
  filter,
}: {
  featureId: string;
  featureName: string;
  filter: AdoptionFilterInput;
}) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.adoptionFeatures.triedOnce.queryOptions({ workspaceId: ws.id, ...filter, featureId }),
    placeholderData: keepPreviousData,
  });
  const users = query.data?.users ?? [];
  const header = ["User id", "First seen", "The day", "Persona", "Account"];
  const rows = users.map((u) => [
    u.externalId,
    u.firstSeen,
    u.day,
    u.persona ?? "",
    u.accountName ?? u.accountId ?? "",
  ]);
  const more = (query.data?.total ?? 0) - users.length;
  return (
    <Card
      title={`Tried once, never came back${query.data ? ` (${query.data.total})` : ""}`}
      description={TRIED_ONCE_DEFINITION}
      action={<CsvButton filename={`${featureName}-tried-once.csv`} header={header} rows={rows} />}
    >
      {query.isLoading ? (
        <Loading />
      ) : query.error ? (
        <p className="text-sm text-red-700">{errorMessage(query.error)}</p>
      ) : users.length === 0 ? (
        <EmptyState title="Nobody in this period" />
      ) : (
        <>
          <Table
            minWidth="min-w-[640px]"
            columns={[
              { label: "User" },
              { label: "First seen" },
              { label: "The day" },
              { label: "Persona" },
              { label: "Account" },
            ]}
          >
            {users.map((u) => (
              <tr key={u.id} data-testid="tried-once-row">
                <Cell>
                  <Link
                    href={`/w/${ws.slug}/users/${u.id}`}
                    className="font-medium text-stone-900 hover:text-brand-700"
                  >
                    {u.externalId}
                  </Link>
                </Cell>
                <Cell>{u.firstSeen}</Cell>
                <Cell>{u.day}</Cell>
                <Cell>{u.persona ?? "—"}</Cell>
                <Cell>
                  {u.accountId ? (
                    <Link href={`/w/${ws.slug}/accounts/${u.accountId}`} className="hover:text-brand-700">
                      {u.accountName ?? "Account"}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Cell>
              </tr>
            ))}
          </Table>
          {more > 0 ? (
            <p className="mt-2 text-xs text-stone-500">
              Showing the latest {users.length}; {more} more in earlier days.
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}
