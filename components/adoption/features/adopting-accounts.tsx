"use client";

import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import { CsvButton } from "@/components/ui/csv-button";
import { Cell, Table } from "@/components/ui/table";
import { ACCOUNTS_DEFINITION } from "@/server/analytics/definitions/features";
import type { TFeatureDetail } from "@/server/analytics/features-schemas";

export function AdoptingAccounts({ detail, slug }: { detail: TFeatureDetail; slug: string }) {
  const header = ["Account id", "Account", "Adopting users", "First use", "Last use", "Uses"];
  const rows = detail.accounts.map((a) => [a.externalId, a.name ?? "", a.adoptingUsers, a.firstUse, a.lastUse, a.uses]);
  const more = detail.accountsTotal - detail.accounts.length;
  return (
    <Card
      title="Adopting accounts"
      description={ACCOUNTS_DEFINITION}
      action={<CsvButton filename={`${detail.feature.name}-accounts.csv`} header={header} rows={rows} />}
    >
      {detail.accounts.length === 0 ? (
        <EmptyState title="No account has used it yet" />
      ) : (
        <>
          <Table
            minWidth="min-w-[640px]"
            columns={[
              { label: "Account" },
              { label: "Adopting users", align: "right" },
              { label: "First use" },
              { label: "Last use" },
              { label: "Uses", align: "right" },
            ]}
          >
            {detail.accounts.map((a) => (
              <tr key={a.accountId} data-testid="adopting-account-row">
                <Cell>
                  <Link
                    href={`/w/${slug}/accounts/${a.accountId}`}
                    className="font-medium text-stone-900 hover:text-brand-700"
                  >
                    {a.name ?? a.externalId}
                  </Link>
                  {a.name ? <div className="text-xs text-stone-500">{a.externalId}</div> : null}
                </Cell>
                <Cell align="right">{a.adoptingUsers}</Cell>
                <Cell>{a.firstUse}</Cell>
                <Cell>{a.lastUse}</Cell>
                <Cell align="right">{a.uses.toLocaleString("en-US")}</Cell>
              </tr>
            ))}
          </Table>
          {more > 0 ? <p className="mt-2 text-xs text-stone-500">and {more} more accounts with fewer uses.</p> : null}
        </>
      )}
    </Card>
  );
}
