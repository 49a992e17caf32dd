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
import { PEOPLE_DEFINITIONS } from "@/server/people/schemas";
import { BarsCard } from "./day-chart";
import { Fact, Facts, FeaturesCard, FeedbackCard, TraitsCard } from "./detail-parts";
import { useZonedFormat } from "./format";
import { UserTimeline } from "./user-timeline";

const codeOf = (error: unknown) => (error as { data?: { code?: string } } | null)?.data?.code;

/** One end user: who they are, how active, what they adopted, their onboarding, answers and feedback. */
export function UserDetail({ userId }: { userId: string }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const fmt = useZonedFormat(ws.timeZone);
  const user = useQuery(trpc.people.user.queryOptions({ workspaceId: ws.id, id: userId }));
  const back = (
    <Link href={`/w/${ws.slug}/users`} className="text-sm text-brand-700 hover:underline">
      ← All users
    </Link>
  );
  if (codeOf(user.error) === "NOT_FOUND") {
    return (
      <EmptyState title="User not found">
        They may have been erased, or they belong to another workspace. {back}
      </EmptyState>
    );
  }
  if (user.error) return <p className="text-sm text-red-700">{errorMessage(user.error)}</p>;
  if (!user.data) return <Loading />;
  const u = user.data;

  return (
    <div className="space-y-4" data-testid="user-detail">
      {back}
      <PageHeader title={u.name ?? u.externalId} description={u.email ?? undefined} />
      <Card>
        <Facts>
          <Fact label="User id">
            <span className="font-mono text-xs">{u.externalId}</span>
          </Fact>
          <Fact label="Persona">{u.persona?.name}</Fact>
          <Fact label="Account">
            {u.account ? (
              <Link href={`/w/${ws.slug}/accounts/${u.account.id}`} className="text-brand-700 hover:underline">
                {u.account.name ?? u.account.externalId}
              </Link>
            ) : null}
          </Fact>
          <Fact label="Plan">{u.plan}</Fact>
          <Fact label="First seen">{fmt.dateTime(u.firstSeenAt)}</Fact>
          <Fact label="Last seen">{fmt.dateTime(u.lastSeenAt)}</Fact>
          <Fact label="Locale">{u.locale}</Fact>
          <Fact label="Active days (30 days)">{u.activeDays}</Fact>
        </Facts>
        <p className="mt-3 text-xs text-stone-500">
          Times in the workspace&apos;s time zone ({ws.timeZone}). {PEOPLE_DEFINITIONS.activeDays}
        </p>
      </Card>
      <EngagementCard kind="user" id={u.id} />
      <BarsCard
        title="Activity"
        testId="user-activity"
        definition={PEOPLE_DEFINITIONS.activity}
        valueLabel="Events"
        points={u.activity.map((d) => ({ label: d.day, value: d.count }))}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <FeaturesCard
          slug={ws.slug}
          features={u.features}
          definition={PEOPLE_DEFINITIONS.features}
          filename={`user-${u.externalId}-features.csv`}
          day={fmt.day}
        />
        <TraitsCard traits={u.traits} filename={`user-${u.externalId}-traits.csv`} />
      </div>
      <Card
        title="Onboarding checklists"
        description="Checklists this user was assigned to (exposed, or in the holdout group that is not shown it); items done count account-wide items their account completed."
        action={
          <CsvButton
            filename={`user-${u.externalId}-checklists.csv`}
            header={["checklist", "group", "items done", "items", "seen", "completed", "dismissed"]}
            rows={u.checklists.map((c) => [
              c.title,
              c.group,
              c.itemsDone,
              c.items,
              c.seenAt?.toISOString(),
              c.completedAt?.toISOString(),
              c.dismissedAt?.toISOString(),
            ])}
          />
        }
      >
        {u.checklists.length === 0 ? (
          <EmptyState title="No checklist for this user" />
        ) : (
          <Table columns={[{ label: "Checklist" }, { label: "Group" }, { label: "Progress" }, { label: "Status" }]}>
            {u.checklists.map((c) => (
              <tr key={c.checklistId}>
                <Cell>
                  <Link href={`/w/${ws.slug}/onboarding/${c.checklistId}`} className="text-brand-700 hover:underline">
                    {c.title}
                  </Link>
                </Cell>
                <Cell>{c.group}</Cell>
                <Cell>
                  <progress className="mr-2 h-2 w-24 align-middle" max={Math.max(1, c.items)} value={c.itemsDone} />
                  {c.itemsDone} of {c.items}
                </Cell>
                <Cell className="text-xs text-stone-600">
                  {c.completedAt
                    ? `Completed ${fmt.date(c.completedAt)}`
                    : c.dismissedAt
                      ? `Dismissed ${fmt.date(c.dismissedAt)}`
                      : c.seenAt
                        ? `Seen ${fmt.date(c.seenAt)}`
                        : "Not seen"}
                </Cell>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card
        title={`Survey answers (${u.surveys.length})`}
        description="Newest first. NPS: 0–10 (promoters 9–10, detractors 0–6); CSAT 1–5; CES 1–7."
        action={
          <CsvButton
            filename={`user-${u.externalId}-surveys.csv`}
            header={["date", "survey", "kind", "score", "comment"]}
            rows={u.surveys.map((s) => [s.createdAt.toISOString(), s.surveyName, s.kind, s.score, s.comment])}
          />
        }
      >
        {u.surveys.length === 0 ? (
          <EmptyState title="No survey answers" />
        ) : (
          <Table
            columns={[
              { label: "Date" },
              { label: "Survey" },
              { label: "Kind" },
              { label: "Score", align: "right" },
              { label: "Comment" },
            ]}
          >
            {u.surveys.map((s) => (
              <tr key={s.id}>
                <Cell className="whitespace-nowrap">{fmt.date(s.createdAt)}</Cell>
                <Cell>
                  <Link href={`/w/${ws.slug}/surveys/${s.surveyId}/report`} className="text-brand-700 hover:underline">
                    {s.surveyName}
                  </Link>
                </Cell>
                <Cell className="uppercase">{s.kind}</Cell>
                <Cell align="right">{s.score ?? "—"}</Cell>
                <Cell className="whitespace-pre-wrap">{s.comment}</Cell>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <FeedbackCard slug={ws.slug} feedback={u.feedback} date={fmt.date} />
      <UserTimeline userId={u.id} />
    </div>
  );
}
