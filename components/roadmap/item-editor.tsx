"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { TItemDetail } from "@/server/roadmap/board-schemas";

/** The item's title, description, visibility, tags, ETA and owner (PMs and admins). */
export function ItemEditor({ item }: { item: TItemDetail }) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.workspace.members.queryOptions({ workspaceId: ws.id }));
  const [form, setForm] = useState({
    title: item.title,
    description: item.description,
    isPublic: item.isPublic,
    tags: item.tags.join(", "),
    eta: item.eta ?? "",
    ownerId: item.owner?.id ?? "",
  });
  const save = useMutation(
    trpc.roadmap.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.roadmap.pathKey() }),
    }),
  );
  const errors = fieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      workspaceId: ws.id,
      id: item.id,
      title: form.title,
      description: form.description,
      isPublic: form.isPublic,
      tags: form.tags
        .split(",")
        .map((t) => t.trim())
        .filter((t) => t !== ""),
      eta: form.eta.trim() === "" ? null : form.eta.trim(),
      ownerId: form.ownerId === "" ? null : form.ownerId,
    });
  };
  return (
    <Card title="Details">
      <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2" data-testid="roadmap-item-editor">
        <Field label="Title" error={errors.title}>
          <Input value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
        </Field>
        <Field label="Owner" error={errors.ownerId}>
          <Select value={form.ownerId} onChange={(e) => setForm({ ...form, ownerId: e.target.value })}>
            <option value="">Nobody</option>
            {(members.data?.members ?? []).map((m) => (
              <option key={m.user.id} value={m.user.id}>
                {m.user.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Tags (comma-separated)" error={errors.tags}>
          <Input value={form.tags} onChange={(e) => setForm({ ...form, tags: e.target.value })} />
        </Field>
        <Field label="ETA" hint="A month (2027-03) or a quarter (2027-Q2)" error={errors.eta}>
          <Input value={form.eta} onChange={(e) => setForm({ ...form, eta: e.target.value })} placeholder="2027-Q2" />
        </Field>
        <div className="sm:col-span-2">
          <Field label="Description" error={errors.description}>
            <Textarea
              rows={4}
              value={form.description}
              onChange={(e) => setForm({ ...form, description: e.target.value })}
            />
          </Field>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={form.isPublic}
            onChange={(e) => setForm({ ...form, isPublic: e.target.checked })}
          />
          Shown on the public roadmap
        </label>
        <div className="flex items-center gap-3 sm:col-span-2">
          <Button type="submit" disabled={save.isPending}>
            Save details
          </Button>
          {save.isSuccess ? (
            <span className="text-sm text-brand-700" role="status">
              Saved.
            </span>
          ) : null}
          {save.error && Object.keys(errors).length === 0 ? (
            <span className="text-sm text-red-700">{errorMessage(save.error)}</span>
          ) : null}
        </div>
      </form>
    </Card>
  );
}
