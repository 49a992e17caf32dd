"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, Loading } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { errorMessage } from "@/components/ui/errors";
import { MAX_DAYS, ZRecontactInput } from "@/server/surveys/schemas";

/** Workspace.recontactDays, with what it does: the wait between any two surveys for one user. */
export function RecontactSettings() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const writable = ws.can("surveys.write");
  const current = useQuery(trpc.survey.recontact.queryOptions({ workspaceId: ws.id }));
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // The field starts from the stored value each time it (re)loads.
  const [loaded, setLoaded] = useState(current.data);
  if (current.data && current.data !== loaded) {
    setLoaded(current.data);
    setValue(String(current.data.recontactDays));
  }
  const update = useMutation(
    trpc.survey.updateRecontact.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        void queryClient.invalidateQueries(trpc.survey.recontact.pathFilter());
      },
    }),
  );

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const parsed = ZRecontactInput.safeParse({ recontactDays: value.trim() === "" ? Number.NaN : Number(value) });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Enter a number of days");
    setError(null);
    update.mutate({ workspaceId: ws.id, recontactDays: parsed.data.recontactDays });
  }

  return (
    <Card title="Recontact window (all surveys)">
      {!current.data ? (
        <Loading />
      ) : (
        <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-4" noValidate>
          <div className="w-48">
            <Field label="Days between two surveys" error={error ?? errorMessage(update.error) ?? undefined}>
              <Input
                type="number"
                min={0}
                max={MAX_DAYS}
                step={1}
                value={value}
                onChange={(e) => {
                  setValue(e.target.value);
                  setSaved(false);
                }}
                disabled={!writable}
                data-testid="recontact-days"
              />
            </Field>
          </div>
          {writable ? (
            <Button
              type="submit"
              variant="secondary"
              disabled={update.isPending || value === String(current.data.recontactDays)}
              data-testid="save-recontact"
            >
              {update.isPending ? "Saving…" : "Save"}
            </Button>
          ) : null}
          {saved ? (
            <span className="text-sm text-brand-700" role="status">
              Saved.
            </span>
          ) : null}
          <p className="basis-full text-xs leading-relaxed text-stone-500">
            After any survey is shown to a user (answered, dismissed or ignored), no other survey is shown to them for
            this many days, so someone who just answered one is not asked another. Each survey also has its own
            recontact days, and asks once or again every N days; all of these must allow it. 0 turns the workspace-wide
            wait off.
          </p>
        </form>
      )}
    </Card>
  );
}
