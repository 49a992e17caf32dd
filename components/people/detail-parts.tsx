"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { CsvButton } from "@/components/ui/csv-button";
import { Card, EmptyState } from "@/components/ui/card";
import { Cell, Table } from "@/components/ui/table";
import type { TUserDetail } from "@/server/people/schemas";
import { VisibleText } from "@/components/ui/visible-text";

/** A label and its value in a page's header. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide text-stone-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-stone-900">{children ?? <span className="text-stone-500">—</span>}</dd>
    </div>
  );
}

export function Facts({ children }: { children: ReactNode }) {
  return <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{children}</dl>;
}

export function TraitsCard({ traits, filename }: { traits: { key: string; value: string }[]; filename: string }) {
  return (
    <Card
      title="Traits"
      description="As last sent by identify (users) or group (accounts) calls."
      action={<CsvButton filename={filename} header={["trait", "value"]} rows={traits.map((t) => [t.key, t.value])} />}
    >
      {traits.length === 0 ? (
        <EmptyState title="No traits" />
      ) : (
        <Table columns={[{ label: "Trait" }, { label: "Value" }]}>
          {traits.map((t) => (
            <tr key={t.key}>
              <Cell className="font-mono text-xs">{t.key}</Cell>
              <Cell className="break-all">{t.value}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}

type FeatureRow = TUserDetail["features"][number] & { users?: number };

/** Features adopted, with their first and last use; `users`: adopting users (account page). */
export function FeaturesCard({
  slug,
  features,
  definition,
  filename,
  day,
}: {
  slug: string;
  features: FeatureRow[];
  definition: string;
  filename: string;
  day: (iso: string) => string;
}) {
  const withUsers = features.some((f) => f.users !== undefined);
  const header = ["feature", "first use", "last use", "uses", ...(withUsers ? ["adopting users"] : [])];
  return (
    <Card
      title={`Features adopted (${features.length})`}
      description={definition}
      action={
        <CsvButton
          filename={filename}
          header={header}
          rows={features.map((f) => [f.name, f.firstDay, f.lastDay, f.uses, ...(withUsers ? [f.users] : [])])}
        />
      }
    >
      {features.length === 0 ? (
        <EmptyState title="No feature used yet" />
      ) : (
        <Table
          columns={[
            { label: "Feature" },
            { label: "First use" },
            { label: "Last use" },
            { label: "Uses", align: "right" },
            ...(withUsers ? [{ label: "Adopting users", align: "right" as const }] : []),
          ]}
        >
          {features.map((f) => (
            <tr key={f.featureId}>
              <Cell>
                <Link href={`/w/${slug}/adoption/features/${f.featureId}`} className="text-brand-700 hover:underline">
                  {f.name}
                </Link>
              </Cell>
              <Cell>{day(f.firstDay)}</Cell>
              <Cell>{day(f.lastDay)}</Cell>
              <Cell align="right">{f.uses}</Cell>
              {withUsers ? <Cell align="right">{f.users}</Cell> : null}
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}

export function FeedbackCard({
  slug,
  feedback,
  date,
}: {
  slug: string;
  feedback: TUserDetail["feedback"];
  date: (d: Date) => string;
}) {
  return (
    <Card
      title={`Feedback (${feedback.length})`}
      description={
        <>
          What they sent through the widget, surveys or the roadmap; triage it in the{" "}
          <Link href={`/w/${slug}/feedback`} className="text-brand-700 underline">
            feedback inbox
          </Link>
          .
        </>
      }
      action={
        <CsvButton
          filename="feedback.csv"
          header={["date", "author", "status", "text"]}
          rows={feedback.map((f) => [f.createdAt.toISOString(), f.author?.externalId, f.status, f.text])}
        />
      }
    >
      {feedback.length === 0 ? (
        <EmptyState title="No feedback" />
      ) : (
        <ul className="divide-y divide-stone-100">
          {feedback.map((f) => (
            <li key={f.id} className="py-2 text-sm">
              <p className="whitespace-pre-wrap text-stone-800">
                <VisibleText text={f.text} />
              </p>
              <p className="mt-1 text-xs text-stone-500">
                {date(f.createdAt)} · {f.status}
                {f.author ? (
                  <>
                    {" · "}
                    <Link href={`/w/${slug}/users/${f.author.id}`} className="text-brand-700 hover:underline">
                      {f.author.externalId}
                    </Link>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
