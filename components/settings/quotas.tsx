"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, Loading } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { Field, Input } from "@/components/ui/field";
import { issuesByPath } from "@/components/ui/form-errors";
import { ZQuotaValues, type QuotasOut, type QuotaValues } from "@/server/quotas/schemas";

type Draft = Record<keyof QuotaValues, string>;

const FIELDS: { key: keyof QuotaValues; label: string; help: string }[] = [
  {
    key: "ingestEventsPerSecond",
    label: "Messages per second, per key",
    help: "Counted for each write or secret key on its own, over one-second windows. A backfill through the secret key needs room here.",
  },
  {
    key: "newEndUsersPerDay",
    label: "New end users per day",
    help: "End users Cairn has never seen, per calendar day. Guards against a leaked write key filling your workspace with made-up users; known users are never refused.",
  },
];

const toDraft = (own: QuotaValues): Draft => ({
  ingestEventsPerSecond: own.ingestEventsPerSecond?.toString() ?? "",
  newEndUsersPerDay: own.newEndUsersPerDay?.toString() ?? "",
});

/** "" is "use the default"; anything else must parse as a number for zod to judge. */
const fromDraft = (draft: Draft) => ({
  ingestEventsPerSecond: draft.ingestEventsPerSecond.trim() === "" ? null : Number(draft.ingestEventsPerSecond),
  newEndUsersPerDay: draft.newEndUsersPerDay.trim() === "" ? null : Number(draft.newEndUsersPerDay),
});

function QuotasForm({ data }: { data: QuotasOut }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => toDraft(data.own));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation(
    trpc.quotas.set.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.quotas.pathFilter()) }),
  );
  const effectiveUsers = data.own.newEndUsersPerDay ?? data.defaults.newEndUsersPerDay;

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZQuotaValues.safeParse(fromDraft(draft));
    setErrors(issuesByPath(parsed.error));
    if (parsed.success) save.mutate({ workspaceId: ws.id, ...parsed.data });
  }

  return (
    <form onSubmit={submit} className="space-y-6" data-testid="quotas-form">
      <Card title="Ingest" description="Leave a field empty to use this instance's default.">
        <div className="grid gap-4 sm:grid-cols-2">
          {FIELDS.map((f) => (
            <Field
              key={f.key}
              label={f.label}
              hint={`${f.help} Default: ${data.defaults[f.key].toLocaleString("en")}.`}
              error={errors[f.key]}
            >
              <Input
                name={f.key}
                inputMode="numeric"
                placeholder={`${data.defaults[f.key].toLocaleString("en")} (default)`}
                value={draft[f.key]}
                onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
              />
            </Field>
          ))}
        </div>
        <p className="mt-4 text-sm text-stone-600" data-testid="new-users-today">
          Today: {data.newEndUsersToday.toLocaleString("en")} new end users of {effectiveUsers.toLocaleString("en")}.
        </p>
        <div className="mt-4 flex items-center gap-3">
          <Button type="submit" disabled={save.isPending}>
            Save quotas
          </Button>
          {save.isSuccess && !save.isPending ? <span className="text-sm text-green-700">Saved.</span> : null}
          {save.error ? <span className="text-sm text-red-700">{errorMessage(save.error)}</span> : null}
        </div>
      </Card>
    </form>
  );
}

export function QuotasPanel() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const allowed = ws.can("workspace.manage");
  const quotas = useQuery({ ...trpc.quotas.get.queryOptions({ workspaceId: ws.id }), enabled: allowed });
  if (!allowed) return <EmptyState title="Only admins manage quotas">Ask an admin of {ws.name}.</EmptyState>;
  if (!quotas.data) return <Loading />;
  return <QuotasForm data={quotas.data} />;
}
