"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, Loading } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { Cell, Table, type Column } from "@/components/ui/table";
import {
  IDENTITY_MODES,
  MAX_ACTIVE_SECRETS,
  type IdentityMode,
  type IdentitySettings,
} from "@/server/identity/schemas";

const MODE_TEXT: Record<IdentityMode, { label: string; help: string }> = {
  off: { label: "Off", help: "Calls with the write key may name any userId. Signatures are checked and counted only." },
  optional: {
    label: "Optional",
    help: "Signed and unsigned calls are both accepted; each is counted as verified or not.",
  },
  required: {
    label: "Required",
    help: "Calls with the write key that name a userId must carry a valid userHash, or get 401. Anonymous calls and the secret key are unaffected.",
  },
};

const SOURCE_LABEL = { widget: "Widget (cairn.js)", server: "Server libraries", other: "Other clients" } as const;

const SECRET_COLUMNS: Column[] = [{ label: "Secret" }, { label: "Created" }, { label: "Status" }, {}];

function percent(part: number, total: number): string {
  return total === 0 ? "—" : `${Math.round((part / total) * 1000) / 10} %`;
}

function VerifiedShare({ rows }: { rows: IdentitySettings["lastWeek"] }) {
  const total = rows.reduce((n, r) => n + r.verified + r.unverified, 0);
  if (total === 0) return <p className="text-sm text-stone-500">No messages with a userId in the last 7 days.</p>;
  return (
    <Table columns={[{ label: "Source" }, { label: "Verified" }, { label: "Unverified" }, { label: "Share verified" }]}>
      {rows.map((r) => (
        <tr key={r.source} data-testid={`share-${r.source}`}>
          <Cell className="font-medium">{SOURCE_LABEL[r.source]}</Cell>
          <Cell>{r.verified}</Cell>
          <Cell>{r.unverified}</Cell>
          <Cell>{percent(r.verified, r.verified + r.unverified)}</Cell>
        </tr>
      ))}
    </Table>
  );
}

export function IdentitySettingsPanel() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const allowed = ws.can("keys.manage");
  const [created, setCreated] = useState<string | null>(null);
  const settings = useQuery({ ...trpc.identity.get.queryOptions({ workspaceId: ws.id }), enabled: allowed });
  const invalidate = () => queryClient.invalidateQueries(trpc.identity.pathFilter());
  const setMode = useMutation(trpc.identity.setMode.mutationOptions({ onSuccess: invalidate }));
  const create = useMutation(
    trpc.identity.createSecret.mutationOptions({
      onSuccess: (row) => {
        setCreated(row.secret);
        void invalidate();
      },
    }),
  );
  const revoke = useMutation(trpc.identity.revokeSecret.mutationOptions({ onSuccess: invalidate }));

  if (!allowed)
    return <EmptyState title="Only admins manage identity verification">Ask an admin of {ws.name}.</EmptyState>;
  if (!settings.data) return <Loading />;
  const { mode, secrets, lastWeek } = settings.data;
  const active = secrets.filter((s) => !s.revokedAt);
  const error = errorMessage(setMode.error) ?? errorMessage(create.error) ?? errorMessage(revoke.error);

  return (
    <div className="space-y-6">
      <Card
        title="Verification"
        description="Your server signs each userId; the widget and your API calls pass the signature as userHash."
      >
        <fieldset className="space-y-2" data-testid="identity-mode">
          <legend className="sr-only">Identity verification</legend>
          {IDENTITY_MODES.map((m) => (
            <label key={m} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="identity-mode"
                value={m}
                checked={mode === m}
                disabled={setMode.isPending}
                onChange={() => setMode.mutate({ workspaceId: ws.id, mode: m })}
                className="mt-1"
              />
              <span>
                <span className="font-medium text-stone-800">{MODE_TEXT[m].label}</span>
                <span className="block text-stone-500">{MODE_TEXT[m].help}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {error ? <p className="mt-3 text-sm text-red-700">{error}</p> : null}
      </Card>
      <Card
        title="Verified messages, last 7 days"
        description="Check that every source you use is close to 100 % before switching to Required."
      >
        <VerifiedShare rows={lastWeek} />
      </Card>
      <Card
        title="Identity secrets"
        description={`Sign userIds with one of these on your server; never put them in a page. At most ${MAX_ACTIVE_SECRETS} are active, so you can rotate: create the new one, deploy it, then revoke the old one.`}
        action={
          <Button
            disabled={create.isPending || active.length >= MAX_ACTIVE_SECRETS}
            onClick={() => create.mutate({ workspaceId: ws.id })}
            data-testid="create-identity-secret"
          >
            Create secret
          </Button>
        }
      >
        {created ? (
          <div className="mb-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
            <p className="font-medium text-amber-900">Copy this secret now: it will not be shown again.</p>
            <code
              className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono text-xs"
              data-testid="created-secret"
            >
              {created}
            </code>
          </div>
        ) : null}
        {secrets.length === 0 ? (
          <EmptyState title="No identity secret yet">Create one to start signing userIds.</EmptyState>
        ) : (
          <Table columns={SECRET_COLUMNS}>
            {secrets.map((s) => (
              <tr key={s.id} className={s.revokedAt ? "text-stone-500" : ""} data-testid="identity-secret-row">
                <Cell className="font-mono text-xs">cis_…{s.hint}</Cell>
                <Cell>{s.createdAt.toLocaleDateString()}</Cell>
                <Cell>
                  {s.revokedAt
                    ? `revoked ${s.revokedAt.toLocaleDateString()}`
                    : s.readable
                      ? "active"
                      : "unreadable (the server's key changed): revoke it"}
                </Cell>
                <Cell align="right">
                  {s.revokedAt ? null : (
                    <Button
                      variant="danger"
                      disabled={revoke.isPending}
                      onClick={() =>
                        confirm("Revoke this secret? Signatures made with it stop counting at once.") &&
                        revoke.mutate({ workspaceId: ws.id, id: s.id })
                      }
                    >
                      Revoke
                    </Button>
                  )}
                </Cell>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
