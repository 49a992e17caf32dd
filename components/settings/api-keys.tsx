"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { canWrite, useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, Loading } from "@/components/ui/card";
import { CreateKeyForm } from "./create-key-form";

export function ApiKeys() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const allowed = canWrite(ws.role, "admin");
  const keys = useQuery({ ...trpc.apiKey.list.queryOptions({ workspaceId: ws.id }), enabled: allowed });
  const revoke = useMutation(trpc.apiKey.revoke.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.apiKey.pathFilter()) }));

  if (!allowed) return <EmptyState title="Only admins manage API keys">Ask an admin of {ws.name} for a write key.</EmptyState>;
  return (
    <div className="space-y-6">
      <Card title="Create a key">
        <CreateKeyForm />
      </Card>
      <Card title="Keys">
        {keys.isLoading ? <Loading /> : null}
        {keys.error ? <p className="text-sm text-red-700">{keys.error.message}</p> : null}
        {keys.data?.length === 0 ? <EmptyState title="No keys yet">Create a write key to start sending events.</EmptyState> : null}
        {keys.data && keys.data.length > 0 ? (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs uppercase text-stone-500">
                <tr><th className="py-2 pr-4">Name</th><th className="pr-4">Kind</th><th className="pr-4">Key</th><th className="pr-4">Created</th><th className="pr-4">Last used</th><th /></tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {keys.data.map((k) => (
                  <tr key={k.id} className={k.revokedAt ? "text-stone-400" : ""} data-testid="key-row">
                    <td className="py-2 pr-4 font-medium">{k.name}</td>
                    <td className="pr-4">{k.kind}</td>
                    <td className="pr-4 font-mono text-xs">{k.prefix}…</td>
                    <td className="pr-4">{k.createdAt.toLocaleDateString()}</td>
                    <td className="pr-4">{k.lastUsedAt ? k.lastUsedAt.toLocaleString() : "never"}</td>
                    <td className="text-right">
                      {k.revokedAt ? (
                        <span className="text-xs">revoked {k.revokedAt.toLocaleDateString()}</span>
                      ) : (
                        <Button variant="danger" disabled={revoke.isPending} onClick={() => confirm(`Revoke "${k.name}"? Calls using it will get 401.`) && revoke.mutate({ workspaceId: ws.id, id: k.id })}>
                          Revoke
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
