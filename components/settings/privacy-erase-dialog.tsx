"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { errorMessage } from "@/components/ui/errors";
import { Field, Input } from "@/components/ui/field";
import type { ErasureResult } from "@/server/privacy/schemas";

/** Erasing cannot be undone, so the admin types the userId to confirm. */
export function PrivacyEraseDialog({
  userId,
  onClose,
  onErased,
}: {
  userId: string;
  onClose: () => void;
  onErased: (result: ErasureResult) => void;
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState("");
  const erase = useMutation(
    trpc.privacy.erase.mutationOptions({
      onSuccess: (result) => {
        // Feedback, reports and the lookup all changed.
        void queryClient.invalidateQueries(trpc.privacy.pathFilter());
        void queryClient.invalidateQueries(trpc.feedback.pathFilter());
        onErased(result);
      },
    }),
  );
  const matches = typed === userId;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (matches) erase.mutate({ workspaceId: ws.id, userId });
  };
  const error = errorMessage(erase.error);

  return (
    <Dialog title="Erase this end user?" onClose={onClose} testId="erase-dialog">
      <form onSubmit={submit} className="space-y-4">
        <p className="text-sm text-stone-600">
          This deletes their events, daily activity, checklist progress, survey answers, votes and notifications, and
          their feedback as your Privacy settings say. It cannot be undone. The audit log records that you did it.
        </p>
        <Field
          label={`Type the userId to confirm: ${userId}`}
          error={typed !== "" && !matches ? "Does not match the userId" : undefined}
        >
          <Input
            data-autofocus
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            aria-invalid={typed !== "" && !matches}
            data-testid="erase-confirm-input"
          />
        </Field>
        {error ? (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
        <div className="flex justify-end gap-3">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={!matches || erase.isPending} data-testid="erase-confirm">
            {erase.isPending ? "Erasing…" : "Erase"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
