"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { AdoptionFilters } from "@/components/adoption/adoption-filters";
import { useAdoptionFilter } from "@/components/adoption/use-adoption-filter";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { Field, Input } from "@/components/ui/field";
import { issuesByPath } from "@/components/ui/form-errors";
import { ZFunnelDefinition, type TFunnelDefinition, type TSavedFunnel } from "@/server/funnels/schemas";
import { rangeErrorOf } from "../activity/activity-controls";
import { FunnelBuilder } from "./funnel-builder";
import { FunnelReportView } from "./funnel-report";

export const NEW_FUNNEL: TFunnelDefinition = {
  steps: [
    { event: "", where: [], label: "" },
    { event: "", where: [], label: "" },
  ],
  windowHours: 24,
  unit: "users",
  breakdown: { kind: "none" },
};

/** A funnel to build, run, save and read: the saved one, or a new one. */
export function FunnelWorkbench({ saved }: { saved?: TSavedFunnel }) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useAdoptionFilter();
  const rangeError = rangeErrorOf(filter);
  const [draft, setDraft] = useState<TFunnelDefinition>(saved?.definition ?? NEW_FUNNEL);
  const [applied, setApplied] = useState<TFunnelDefinition | null>(saved?.definition ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [name, setName] = useState(saved?.name ?? "");
  const [description, setDescription] = useState(saved?.description ?? "");
  const canEdit = ws.can("features.write");
  const dirty = JSON.stringify(draft) !== JSON.stringify(applied);

  const run = () => {
    const parsed = ZFunnelDefinition.safeParse(draft);
    if (!parsed.success) return setErrors(issuesByPath(parsed.error));
    setErrors({});
    setApplied(parsed.data);
  };
  const save = useMutation(
    trpc.funnel.save.mutationOptions({
      onSuccess: async (f) => {
        await queryClient.invalidateQueries({ queryKey: trpc.funnel.list.queryKey() });
        if (f.id !== saved?.id) router.push(`/w/${ws.slug}/adoption/funnels/${f.id}`);
      },
    }),
  );
  const remove = useMutation(
    trpc.funnel.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.funnel.list.queryKey() });
        router.push(`/w/${ws.slug}/adoption/funnels`);
      },
    }),
  );
  const saveAs = (asNew: boolean) => {
    const parsed = ZFunnelDefinition.safeParse(draft);
    if (!parsed.success) return setErrors(issuesByPath(parsed.error));
    setApplied(parsed.data);
    save.mutate({ workspaceId: ws.id, id: asNew ? undefined : saved?.id, name, description, definition: parsed.data });
  };
  const saveErrors = fieldErrors(save.error);

  return (
    <div className="space-y-6">
      <PageHeader
        title={saved ? saved.name : "New funnel"}
        description={saved?.description || "Ordered steps, a conversion window, and who gets through."}
      />
      <Card title="Steps">
        <FunnelBuilder value={draft} onChange={setDraft} errors={errors} />
        <div className="mt-4 flex flex-wrap items-center gap-2">
          <Button onClick={run} data-testid="funnel-run">
            {applied ? "Update report" : "Show report"}
          </Button>
          {dirty && applied ? (
            <span className="text-xs text-stone-500">The report shows the steps before your edits.</span>
          ) : null}
        </div>
      </Card>
      <AdoptionFilters value={filter} onChange={setFilter} error={rangeError} />
      {applied && !rangeError ? (
        <FunnelReportView input={{ ...filter, ...applied, segment: filter.segment ?? [] }} />
      ) : (
        <p className="text-sm text-stone-500">{rangeError ?? "Choose at least two steps, then show the report."}</p>
      )}
      {canEdit ? (
        <Card
          title={saved ? "Saved funnel" : "Save this funnel"}
          description="Saved funnels are listed for everyone in the workspace."
        >
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label="Name" error={saveErrors.name}>
              <Input value={name} onChange={(e) => setName(e.target.value)} data-testid="funnel-name" />
            </Field>
            <Field label="Question it answers (optional)" error={saveErrors.description}>
              <Input value={description} onChange={(e) => setDescription(e.target.value)} />
            </Field>
          </div>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button onClick={() => saveAs(false)} disabled={save.isPending} data-testid="funnel-save">
              {saved ? "Save changes" : "Save funnel"}
            </Button>
            {saved ? (
              <>
                <Button variant="secondary" onClick={() => saveAs(true)} disabled={save.isPending}>
                  Save as a new funnel
                </Button>
                <Button
                  variant="danger"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(`Delete the funnel "${saved.name}"?`))
                      remove.mutate({ workspaceId: ws.id, id: saved.id });
                  }}
                >
                  Delete
                </Button>
              </>
            ) : null}
          </div>
          {save.error && !saveErrors.name ? (
            <p className="mt-2 text-sm text-red-700">{errorMessage(save.error)}</p>
          ) : null}
          {save.isSuccess ? (
            <p className="mt-2 text-sm text-brand-700" role="status">
              Saved.
            </p>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
