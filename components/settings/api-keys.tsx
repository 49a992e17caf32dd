"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { PagedList } from "@/components/ui/paged-list";
import { Cell, Table, type Column } from "@/components/ui/table";
import { CreateKeyForm } from "./create-key-form";

const COLUMNS: Column[] = [
  { label: "Name" },
  { label: "Kind" },
  { label: "Key" },
  { label: "Created" },
  { label: "Last used" },
  {},
];

export function ApiKeys() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const allowed = ws.can("keys.manage");
  const keys = useQuery({ ...trpc.apiKey.list.queryOptions({ workspaceId: ws.id }), enabled: allowed });
  const revoke = useMutation(
    trpc.apiKey.revoke.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.apiKey.pathFilter()) }),
  );

  if (!allowed)
    return <EmptyState title="Only admins manage API keys">Ask an admin of {ws.name} for a write key.</EmptyState>;
  return (
    <div className="space-y-6">
      <Card title="Create a key">
        <CreateKeyForm />
      </Card>
      <Card title="Keys">
        <PagedList
          query={keys}
          count={keys.data?.length ?? 0}
          empty={<EmptyState title="No keys yet">Create a write key to start sending events.</EmptyState>}
        >
          <Table columns={COLUMNS}>
            {keys.data?.map((k) => (
              <tr key={k.id} className={k.revokedAt ? "text-stone-500" : ""} data-testid="key-row">
                <Cell className="font-medium">{k.name}</Cell>
                <Cell>{k.kind}</Cell>
                <Cell className="font-mono text-xs">{k.prefix}…</Cell>
                <Cell>{k.createdAt.toLocaleDateString()}</Cell>
                <Cell>{k.lastUsedAt ? k.lastUsedAt.toLocaleString() : "never"}</Cell>
                <Cell align="right">
                  {k.revokedAt ? (
                    <span className="text-xs">revoked {k.revokedAt.toLocaleDateString()}</span>
                  ) : (
                    <Button
                      variant="danger"
                      disabled={revoke.isPending}
                      onClick={() =>
                        confirm(`Revoke "${k.name}"? Calls using it will get 401.`) &&
                        revoke.mutate({ workspaceId: ws.id, id: k.id })
                      }
                    >
                      Revoke
                    </Button>
                  )}
                </Cell>
              </tr>
            ))}
          </Table>
        </PagedList>
      </Card>
    </div>
  );
}
