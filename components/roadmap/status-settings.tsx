"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { Field, Input, Select } from "@/components/ui/field";
import { ROADMAP_CATEGORIES, BUILT_IN_STATUSES, type RoadmapCategory } from "@/server/roadmap/board-schemas";

/** The workspace's own statuses beside the built-in five: add (name, color, category, public) and
 * delete; their items fall back to the category's built-in status. */
export function StatusSettings() {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const statuses = useQuery(trpc.roadmap.statuses.queryOptions({ workspaceId: ws.id }));
  const [form, setForm] = useState({
    name: "",
    color: "#7c3aed",
    category: "in_progress" as RoadmapCategory,
    isPublic: true,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.roadmap.pathKey() });
  const create = useMutation(
    trpc.roadmap.createStatus.mutationOptions({
      onSuccess: async () => {
        setForm({ ...form, name: "" });
        await refresh();
      },
    }),
  );
  const remove = useMutation(trpc.roadmap.deleteStatus.mutationOptions({ onSuccess: refresh }));
  const custom = (statuses.data ?? []).filter((s) => s.id !== null);
  const errors = fieldErrors(create.error);
  return (
    <Card
      title="Custom statuses"
      description="Each belongs to one of the five categories, which decides who is notified and where it shows publicly."
    >
      <ul className="mb-3 space-y-1 text-sm" data-testid="custom-statuses">
        {custom.map((s) => (
          <li key={s.id} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block size-2.5 rounded-full"
              style={{ backgroundColor: s.color }}
            />
            {s.name} <span className="text-xs text-stone-600">in {BUILT_IN_STATUSES[s.category].name}</span>
            {s.isPublic ? null : <span className="text-xs text-stone-600">(not public)</span>}
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Delete the status ${s.name}`}
              onClick={() => remove.mutate({ workspaceId: ws.id, id: s.id! })}
            >
              Delete
            </Button>
          </li>
        ))}
        {custom.length === 0 ? <li className="text-stone-600">None yet.</li> : null}
      </ul>
      <form
        className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_6rem_minmax(0,1fr)_auto_auto] sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ workspaceId: ws.id, ...form });
        }}
      >
        <Field label="Status name" error={errors.name}>
          <Input
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            placeholder="e.g. Beta"
          />
        </Field>
        <Field label="Color" error={errors.color}>
          <Input
            type="color"
            value={form.color}
            onChange={(e) => setForm({ ...form, color: e.target.value })}
            className="h-10 w-full p-1"
          />
        </Field>
        <Field label="Category">
          <Select
            value={form.category}
            onChange={(e) => setForm({ ...form, category: e.target.value as RoadmapCategory })}
          >
            {ROADMAP_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {BUILT_IN_STATUSES[c].name}
              </option>
            ))}
          </Select>
        </Field>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input
            type="checkbox"
            checked={form.isPublic}
            onChange={(e) => setForm({ ...form, isPublic: e.target.checked })}
          />
          Public
        </label>
        <Button type="submit" disabled={create.isPending || form.name.trim() === ""}>
          Add status
        </Button>
      </form>
      {create.error && !errors.name ? <p className="mt-2 text-sm text-red-700">{errorMessage(create.error)}</p> : null}
      {remove.error ? <p className="mt-2 text-sm text-red-700">{errorMessage(remove.error)}</p> : null}
    </Card>
  );
}
