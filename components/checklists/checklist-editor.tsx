"use client";

import { ReadOnlyNotice } from "@/components/ui/read-only-notice";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import {
  DangerZone,
  EditorHeader,
  EditorLoader,
  EditorMessages,
  ReportLink,
  SaveButton,
} from "@/components/editor/editor-frame";
import { LanguageTabs } from "@/components/editor/language-tabs";
import { useDraftSession } from "@/components/editor/use-draft-session";
import { useEditorSubmit } from "@/components/editor/use-editor-submit";
import { Field, Input, Textarea } from "@/components/ui/field";
import {
  MAX_HOLDOUT_PERCENT,
  MAX_ITEMS,
  MAX_LOOK_BACK_DAYS,
  ZChecklistInput,
  type ChecklistOut,
  type Locale,
} from "@/server/onboarding/schemas";
import { draftFromChecklist, emptyDraft, emptyItem, toInput, type ItemDraft } from "./draft";
import { errorAt } from "@/components/ui/form-errors";
import { LOCALE_LABELS, StatusBadge } from "./labels";
import { LivePreview } from "./live-preview";
import { TargetingFields, type TargetingWording } from "@/components/targeting/targeting-fields";
import { ItemEditor } from "./item-editor";
import { StatusActions } from "./status-actions";
import { JobProgress } from "@/components/settings/job-progress";

type Persona = { id: string; name: string; rules: unknown };

const CHECKLIST_WORDING: TargetingWording = {
  personasHint: "Pick none to show it to every persona (and to users without one).",
  segmentLabel: "Segment",
  segmentHint: "Only users whose traits match all of these conditions. None: no further restriction.",
  traitLabel: "Trait",
};

/** Create (no id) or edit a checklist. Loads what it needs, then hands over to the form. */
export function ChecklistEditor({ checklistId }: { checklistId?: string }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const existing = useQuery({
    ...trpc.checklist.get.queryOptions({ workspaceId: ws.id, id: checklistId ?? "" }),
    enabled: Boolean(checklistId),
  });
  const personas = useQuery(trpc.persona.list.queryOptions({ workspaceId: ws.id }));

  return (
    <EditorLoader
      loading={(Boolean(checklistId) && existing.isLoading) || personas.isLoading}
      error={existing.error ?? personas.error}
      loadingLabel="Loading checklist…"
      backHref={`/w/${ws.slug}/onboarding`}
      backLabel="checklists"
    >
      {() => <EditorForm initial={existing.data ?? null} personas={personas.data?.personas ?? []} />}
    </EditorLoader>
  );
}

function EditorForm({ initial, personas }: { initial: ChecklistOut | null; personas: Persona[] }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const router = useRouter();
  const queryClient = useQueryClient();
  const writable = ws.can("checklists.write");
  const session = useDraftSession({ initial, toDraft: draftFromChecklist, emptyDraft, toInput });
  const { saved, setSaved, draft, setDraft, set, input, dirty, notice, setNotice } = session;
  const [lang, setLang] = useState<Locale>("en");
  const afterSave = (c: ChecklistOut) => {
    session.afterSave(c);
    void queryClient.invalidateQueries(trpc.checklist.pathFilter());
  };
  const create = useMutation(
    trpc.checklist.create.mutationOptions({
      onSuccess: (c) => {
        void queryClient.invalidateQueries(trpc.checklist.pathFilter());
        router.push(`/w/${ws.slug}/onboarding/${c.id}`);
      },
    }),
  );
  // The job completing items from past events, started by going live or by adding items.
  const [backfillJob, setBackfillJob] = useState<string | null>(null);
  const update = useMutation(
    trpc.checklist.update.mutationOptions({
      onSuccess: (c) => {
        afterSave(c);
        if (c.backfillJobId) setBackfillJob(c.backfillJobId);
      },
    }),
  );
  const setStatus = useMutation(
    trpc.checklist.setStatus.mutationOptions({
      onSuccess: (r) => {
        if (r.backfillJobId) setBackfillJob(r.backfillJobId);
        setSaved((s) => (s ? { ...s, status: r.status } : s));
        setNotice(
          r.status === "live"
            ? "Live: targeted users see it from their next widget refresh."
            : r.status === "archived"
              ? "Archived: hidden from users, kept for reports."
              : "Back to draft: hidden from users.",
        );
        void queryClient.invalidateQueries(trpc.checklist.pathFilter());
      },
    }),
  );
  const remove = useMutation(
    trpc.checklist.delete.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.checklist.pathFilter());
        router.push(`/w/${ws.slug}/onboarding`);
      },
    }),
  );

  const { errors, invalid, mutationError, pending, onSubmit } = useEditorSubmit({
    schema: ZChecklistInput,
    input,
    workspaceId: ws.id,
    saved,
    create,
    update,
    onSubmitStart: () => setNotice(null),
  });

  const setItem = (index: number, patch: Partial<ItemDraft>) =>
    setDraft((d) => ({ ...d, items: d.items.map((it, i) => (i === index ? { ...it, ...patch } : it)) }));
  const moveItem = (index: number, delta: number) =>
    setDraft((d) => {
      const items = [...d.items];
      const [it] = items.splice(index, 1);
      items.splice(index + delta, 0, it!);
      return { ...d, items };
    });
  const lastEvent = draft.items[draft.items.length - 1]?.event.trim() || null;

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <EditorHeader
        backHref={`/w/${ws.slug}/onboarding`}
        backLabel="Checklists"
        title={saved ? saved.title : "New checklist"}
        badge={saved ? <StatusBadge status={saved.status} /> : null}
        dirty={dirty}
        actions={
          <>
            {saved ? <ReportLink href={`/w/${ws.slug}/onboarding/${saved.id}/reports`} label="Reports" /> : null}
            {saved && writable ? (
              <StatusActions
                status={saved.status}
                disabled={dirty || setStatus.isPending}
                onChange={(status) => setStatus.mutate({ workspaceId: ws.id, id: saved.id, status })}
              />
            ) : null}
            {writable ? (
              <SaveButton pending={pending} isNew={saved === null} dirty={dirty} testId="save-checklist" />
            ) : null}
          </>
        }
      />
      <EditorMessages
        saveFirst={Boolean(saved && dirty && writable)}
        notice={notice}
        errors={[mutationError, setStatus.error, remove.error]}
        invalid={invalid}
      />
      {backfillJob ? (
        <JobProgress key={backfillJob} jobId={backfillJob} label="Completing items from past events" />
      ) : null}

      {writable ? null : <ReadOnlyNotice what="checklists" />}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_380px]">
        <fieldset disabled={!writable} className="min-w-0 space-y-6">
          <Card title="Texts" action={<LanguageTabs lang={lang} onChange={setLang} />}>
            <div className="space-y-4">
              {lang === "en" ? (
                <>
                  <Field label="Title" error={errorAt(errors, "title")}>
                    <Input
                      value={draft.title}
                      onChange={(e) => set({ title: e.target.value })}
                      maxLength={120}
                      data-testid="checklist-title"
                    />
                  </Field>
                  <Field
                    label="Description"
                    hint="One sentence shown under the title."
                    error={errorAt(errors, "description")}
                  >
                    <Textarea
                      rows={2}
                      value={draft.description}
                      onChange={(e) => set({ description: e.target.value })}
                      maxLength={1000}
                    />
                  </Field>
                </>
              ) : (
                <>
                  <p className="text-xs text-stone-500">
                    {LOCALE_LABELS[lang]} texts. Empty fields show the English text.
                  </p>
                  <Field label={`Title (${lang})`} error={errorAt(errors, `translations.${lang}.title`)}>
                    <Input
                      value={draft[lang].title}
                      placeholder={draft.title}
                      onChange={(e) => set({ [lang]: { ...draft[lang], title: e.target.value } })}
                      maxLength={120}
                      data-testid={`checklist-title-${lang}`}
                    />
                  </Field>
                  <Field label={`Description (${lang})`} error={errorAt(errors, `translations.${lang}.description`)}>
                    <Textarea
                      rows={2}
                      value={draft[lang].description}
                      placeholder={draft.description}
                      onChange={(e) => set({ [lang]: { ...draft[lang], description: e.target.value } })}
                      maxLength={1000}
                    />
                  </Field>
                </>
              )}
            </div>
          </Card>

          <Card
            title={`Items (${draft.items.length})`}
            action={
              <Button
                variant="secondary"
                onClick={() => set({ items: [...draft.items, emptyItem()] })}
                disabled={draft.items.length >= MAX_ITEMS}
                data-testid="add-item"
              >
                + Item
              </Button>
            }
          >
            {errors.items ? <p className="mb-3 text-sm text-red-700">{errors.items}</p> : null}
            <ol className="space-y-4">
              {draft.items.map((item, i) => (
                <ItemEditor
                  key={item.key}
                  index={i}
                  count={draft.items.length}
                  item={item}
                  lang={lang}
                  errors={errors}
                  onChange={(patch) => setItem(i, patch)}
                  onMove={(delta) => moveItem(i, delta)}
                  onRemove={() => set({ items: draft.items.filter((_, j) => j !== i) })}
                />
              ))}
            </ol>
          </Card>

          <Card title="Who sees it">
            <TargetingFields
              personas={personas}
              draft={draft}
              onChange={set}
              errors={errors}
              wording={CHECKLIST_WORDING}
            />
          </Card>

          <Card title="Measuring impact">
            <div className="grid gap-4 sm:grid-cols-2">
              <Field
                label="Holdout (%)"
                hint={`Share of targeted users who never see it (0–${MAX_HOLDOUT_PERCENT}), so reports can compare them with those who do. Each user's group is fixed at their first visit.`}
                error={errorAt(errors, "holdoutPercent")}
              >
                <Input
                  type="number"
                  min={0}
                  max={MAX_HOLDOUT_PERCENT}
                  step={1}
                  value={draft.holdoutPercent}
                  onChange={(e) => set({ holdoutPercent: e.target.value })}
                  data-testid="holdout"
                />
              </Field>
              <Field
                label="Complete items from past events (days)"
                hint="When the checklist goes live, and when an item is added while it is live, items are completed from what users did in this many days before. 0: from new events only."
                error={errorAt(errors, "lookBackDays")}
              >
                <Input
                  type="number"
                  min={0}
                  max={MAX_LOOK_BACK_DAYS}
                  step={1}
                  value={draft.lookBackDays}
                  onChange={(e) => set({ lookBackDays: e.target.value })}
                  data-testid="look-back-days"
                />
              </Field>
              <Field
                label="Goal event"
                hint="The event whose completion rate measures the checklist's impact. Empty: the last item's event."
                error={errorAt(errors, "goalEvent")}
              >
                <Input
                  value={draft.goalEvent}
                  placeholder={lastEvent ?? "event name"}
                  onChange={(e) => set({ goalEvent: e.target.value })}
                  data-testid="goal-event"
                />
              </Field>
            </div>
          </Card>

          {saved && writable ? (
            <DangerZone
              explanation="Deleting removes its progress and completions too. Archive it to keep them for reports."
              confirmText={`Delete “${saved.title}” and all its progress?`}
              buttonLabel="Delete checklist"
              onDelete={() => remove.mutate({ workspaceId: ws.id, id: saved.id })}
              testId="delete-checklist"
            />
          ) : null}
        </fieldset>

        <aside className="xl:sticky xl:top-6 xl:self-start">
          <LivePreview draft={draft} personas={personas} locale={lang} onLocale={setLang} />
        </aside>
      </div>
    </form>
  );
}
