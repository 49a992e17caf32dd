"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { errorMessage } from "@/components/ui/errors";

/** A feature's core flag and release day as the Adoption reports read them, shown on its row;
 * editable in place for those who may edit features (saved at once, nothing rebuilt). */
export function FeatureAdoptionFields({
  feature,
  writable,
}: {
  feature: { id: string; name: string; core: boolean; releasedOn: string | null };
  writable: boolean;
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const [core, setCore] = useState(feature.core);
  const [releasedOn, setReleasedOn] = useState(feature.releasedOn ?? "");
  const save = useMutation(
    trpc.feature.setAdoption.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries(trpc.feature.pathFilter()),
    }),
  );
  const changed = core !== feature.core || releasedOn !== (feature.releasedOn ?? "");

  if (!writable)
    return (
      <p className="mt-1 text-xs text-stone-500" data-testid="feature-adoption-summary">
        {feature.core ? <span className="mr-2 font-semibold text-brand-700">Core</span> : null}
        {feature.releasedOn ? `Released ${feature.releasedOn}` : "No release date"}
      </p>
    );

  return (
    <form
      className="mt-2 flex flex-wrap items-center gap-3 text-xs text-stone-600"
      data-testid="feature-adoption-fields"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ workspaceId: ws.id, id: feature.id, core, releasedOn: releasedOn || null });
      }}
    >
      <label className="flex items-center gap-1">
        <input type="checkbox" checked={core} onChange={(e) => setCore(e.target.checked)} /> Core feature
      </label>
      <label className="flex items-center gap-1">
        Released on
        <Input
          type="date"
          className="w-40"
          value={releasedOn}
          onChange={(e) => setReleasedOn(e.target.value)}
          aria-label={`Release date of ${feature.name}`}
        />
      </label>
      <Button type="submit" size="sm" variant="secondary" disabled={!changed || save.isPending}>
        {save.isPending ? "Saving…" : "Save"}
      </Button>
      <span className="text-stone-500">
        Core features are ringed in the engagement matrix; time to adopt counts from the release day (workspace time
        zone) when it is later than a user&apos;s first visit.
      </span>
      {save.error ? <span className="text-red-700">{errorMessage(save.error)}</span> : null}
    </form>
  );
}
