"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, Loading } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { errorMessage } from "@/components/ui/errors";

type Role = "admin" | "pm" | "viewer";
const ROLE_HELP: Record<Role, string> = {
  admin: "everything, including members and keys",
  pm: "checklists, surveys, feedback, roadmap, personas, features",
  viewer: "reads reports",
};

export function Members() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const isAdmin = ws.can("members.manage");
  const data = useQuery(trpc.workspace.members.queryOptions({ workspaceId: ws.id }));
  const invalidate = () => queryClient.invalidateQueries(trpc.workspace.members.pathFilter());
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("pm");
  const [link, setLink] = useState<string | null>(null);
  const invite = useMutation(
    trpc.workspace.invite.mutationOptions({
      onSuccess: (r) => {
        setLink(r.link);
        setEmail("");
        void invalidate();
      },
    }),
  );
  const changeRole = useMutation(trpc.workspace.updateMemberRole.mutationOptions({ onSuccess: invalidate }));
  const remove = useMutation(trpc.workspace.removeMember.mutationOptions({ onSuccess: invalidate }));
  const revoke = useMutation(trpc.workspace.revokeInvite.mutationOptions({ onSuccess: invalidate }));
  const actionError = errorMessage(changeRole.error ?? remove.error ?? revoke.error);

  function onInvite(e: FormEvent) {
    e.preventDefault();
    invite.mutate({ workspaceId: ws.id, email, role });
  }

  return (
    <div className="space-y-6">
      {isAdmin ? (
        <Card title="Invite a teammate">
          <form onSubmit={onInvite} className="flex flex-wrap items-end gap-3">
            <div className="min-w-56 flex-1">
              <Field label="Email">
                <Input
                  type="email"
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                  required
                  data-testid="invite-email"
                />
              </Field>
            </div>
            <Field label="Role">
              <Select value={role} onChange={(e) => setRole(e.target.value as Role)}>
                {(Object.keys(ROLE_HELP) as Role[]).map((r) => (
                  <option key={r} value={r}>
                    {r} — {ROLE_HELP[r]}
                  </option>
                ))}
              </Select>
            </Field>
            <Button type="submit" disabled={invite.isPending}>
              Send invite
            </Button>
          </form>
          {invite.error ? <p className="mt-2 text-sm text-red-700">{errorMessage(invite.error)}</p> : null}
          {link ? (
            <p className="mt-3 text-sm text-stone-600">
              Invite sent (see the mail log without SMTP). Link, valid 7 days:{" "}
              <code className="break-all font-mono text-xs" data-testid="invite-link">
                {link}
              </code>
            </p>
          ) : null}
        </Card>
      ) : null}
      <Card title="Members">
        {data.isLoading ? <Loading /> : null}
        {actionError ? <p className="mb-2 text-sm text-red-700">{actionError}</p> : null}
        <ul className="divide-y divide-stone-100">
          {data.data?.members.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-3 py-2 text-sm" data-testid="member-row">
              <div className="min-w-0 flex-1">
                <p className="font-medium">{m.user.name}</p>
                <p className="text-xs text-stone-500">{m.user.email}</p>
              </div>
              {isAdmin ? (
                <>
                  <Select
                    className="w-32"
                    aria-label={`Role of ${m.user.name}`}
                    value={m.role}
                    onChange={(e) => changeRole.mutate({ workspaceId: ws.id, id: m.id, role: e.target.value as Role })}
                  >
                    <option value="admin">admin</option>
                    <option value="pm">pm</option>
                    <option value="viewer">viewer</option>
                  </Select>
                  <Button
                    variant="danger"
                    onClick={() =>
                      confirm(`Remove ${m.user.email}?`) && remove.mutate({ workspaceId: ws.id, id: m.id })
                    }
                  >
                    Remove
                  </Button>
                </>
              ) : (
                <span className="text-stone-500">{m.role}</span>
              )}
            </li>
          ))}
        </ul>
        {data.data && data.data.invites.length > 0 ? (
          <>
            <h3 className="mt-6 text-xs font-semibold uppercase text-stone-500">Pending invites</h3>
            <ul className="divide-y divide-stone-100">
              {data.data.invites.map((i) => (
                <li key={i.id} className="flex items-center gap-3 py-2 text-sm">
                  <span className="flex-1">
                    {i.email} · {i.role} · expires {i.expiresAt.toLocaleDateString()}
                  </span>
                  {isAdmin ? (
                    <Button variant="ghost" onClick={() => revoke.mutate({ workspaceId: ws.id, id: i.id })}>
                      Revoke
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>
    </div>
  );
}
