"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Field, Input, Select } from "@/components/ui/field";
import { errorMessage } from "@/components/ui/errors";

export function CreateKeyForm({
  fixedKind,
  onCreated,
}: {
  fixedKind?: "write" | "secret";
  onCreated?: (key: string) => void;
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<"write" | "secret">(fixedKind ?? "write");
  const [name, setName] = useState(fixedKind === "write" ? "Web app" : "");
  const [created, setCreated] = useState<{ key: string; kind: "write" | "secret" } | null>(null);
  const create = useMutation(
    trpc.apiKey.create.mutationOptions({
      onSuccess: (row) => {
        setCreated({ key: row.key, kind: row.kind });
        onCreated?.(row.key);
        void queryClient.invalidateQueries(trpc.apiKey.pathFilter());
        void queryClient.invalidateQueries(trpc.install.pathFilter());
        void queryClient.invalidateQueries(trpc.workspace.overview.pathFilter());
      },
    }),
  );

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ workspaceId: ws.id, kind, name });
  }

  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
        <div className="min-w-48 flex-1">
          <Field label="Key name">
            <Input
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="Production web app"
              required
              data-testid="key-name"
            />
          </Field>
        </div>
        {fixedKind ? null : (
          <Field label="Kind">
            <Select value={kind} onChange={(e) => setKind(e.target.value as "write" | "secret")} data-testid="key-kind">
              <option value="write">Write key (browser, public)</option>
              <option value="secret">Secret key (server, export)</option>
            </Select>
          </Field>
        )}
        <Button type="submit" disabled={create.isPending} data-testid="create-key">
          {create.isPending ? "Creating…" : `Create ${kind} key`}
        </Button>
      </form>
      {create.error ? <p className="text-sm text-red-700">{errorMessage(create.error)}</p> : null}
      {created ? (
        <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
          <p className="font-medium text-amber-900">
            {created.kind === "secret"
              ? "Copy this key now: it is stored hashed and will not be shown again."
              : "Your new write key. It is public by nature (it ships in your pages), so the Install page shows it again."}
          </p>
          <div className="mt-2 flex items-center gap-2">
            <code
              className="min-w-0 flex-1 break-all rounded bg-white px-2 py-1 font-mono text-xs"
              data-testid="created-key"
            >
              {created.key}
            </code>
            <CopyButton text={created.key} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
