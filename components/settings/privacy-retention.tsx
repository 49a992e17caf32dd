"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, Loading } from "@/components/ui/card";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { Field, Input } from "@/components/ui/field";
import {
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
  type ErasedFeedbackMode,
  type PrivacySettings,
} from "@/server/privacy/schemas";

const FEEDBACK_TEXT: Record<ErasedFeedbackMode, { label: string; help: string }> = {
  remove: { label: "Remove it", help: "Their feedback is deleted with everything else." },
  anonymize: {
    label: "Keep it anonymized",
    help: "The text, tags and roadmap links stay; the author and the page it was sent from are removed. Text that names the person stays as written.",
  },
};

function SettingsForm({ saved }: { saved: PrivacySettings }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const [retentionOn, setRetentionOn] = useState(saved.rawEventRetentionDays !== null);
  const [days, setDays] = useState(String(saved.rawEventRetentionDays ?? 365));
  const [feedback, setFeedback] = useState<ErasedFeedbackMode>(saved.erasedFeedback);
  const save = useMutation(
    trpc.privacy.updateSettings.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.privacy.settings.pathFilter()),
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      workspaceId: ws.id,
      rawEventRetentionDays: retentionOn ? Number(days) : null,
      erasedFeedback: feedback,
    });
  };
  const fields = fieldErrors(save.error);
  const error = fields.rawEventRetentionDays ? null : errorMessage(save.error);

  return (
    <form onSubmit={submit} noValidate className="space-y-6" data-testid="privacy-settings">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-700">Raw events</legend>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="retention"
            checked={!retentionOn}
            onChange={() => setRetentionOn(false)}
            className="mt-1"
          />
          <span>Keep raw events forever</span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="retention"
            checked={retentionOn}
            onChange={() => setRetentionOn(true)}
            className="mt-1"
          />
          <span>Delete raw events older than a number of days</span>
        </label>
        {retentionOn ? (
          <div className="max-w-xs pl-6">
            <Field
              label="Days to keep"
              hint={`At least ${MIN_RETENTION_DAYS}, at most ${MAX_RETENTION_DAYS}.`}
              error={fields.rawEventRetentionDays}
            >
              <Input
                type="number"
                min={MIN_RETENTION_DAYS}
                max={MAX_RETENTION_DAYS}
                value={days}
                onChange={(e) => setDays(e.target.value)}
                name="rawEventRetentionDays"
              />
            </Field>
          </div>
        ) : null}
        <p className="text-sm text-stone-500">
          Reports and charts read the daily totals, which are kept, so their history stays whole. What lists single
          events (drill-down lists, an end user&apos;s export) and the recomputation after you change a persona or a
          feature read raw events, and then see only the days kept. Older events are deleted once a day.
        </p>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-700">An erased end user&apos;s feedback</legend>
        {(Object.keys(FEEDBACK_TEXT) as ErasedFeedbackMode[]).map((mode) => (
          <label key={mode} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="erased-feedback"
              value={mode}
              checked={feedback === mode}
              onChange={() => setFeedback(mode)}
              className="mt-1"
            />
            <span>
              <span className="font-medium text-stone-800">{FEEDBACK_TEXT[mode].label}</span>
              <span className="block text-stone-500">{FEEDBACK_TEXT[mode].help}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {error ? <p className="text-sm text-red-700">{error}</p> : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          Save
        </Button>
        {save.isSuccess ? (
          <span role="status" className="text-sm text-stone-500">
            Saved.
          </span>
        ) : null}
      </div>
    </form>
  );
}

export function PrivacyRetention() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const settings = useQuery(trpc.privacy.settings.queryOptions({ workspaceId: ws.id }));
  return (
    <Card
      title="Retention and erasure"
      description="How long raw events are kept, and what erasing a user does to their feedback."
    >
      {settings.data ? <SettingsForm saved={settings.data} /> : <Loading />}
    </Card>
  );
}
