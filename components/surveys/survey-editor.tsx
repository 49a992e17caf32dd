"use client";

import { ReadOnlyNotice } from "@/components/ui/read-only-notice";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { errorAt } from "@/components/ui/form-errors";
import { TargetingFields, type TargetingWording } from "@/components/targeting/targeting-fields";
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
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { defaultTexts } from "@/server/surveys/texts";
import {
  SURVEY_KINDS,
  ZSurveyInput,
  type SurveyKind,
  type SurveyLocale,
  type SurveyOut,
  type SurveyStatusValue,
} from "@/server/surveys/schemas";
import { draftFromSurvey, emptyDraft, isDefaultTexts, textsDraft, toInput, type TextField } from "./draft";
import { KIND_LABELS, LOCALE_LABELS, StatusBadge } from "./labels";
import { SurveyPreviewPanel } from "./survey-preview";
import { SurveyTimingCard } from "./survey-timing-card";

type Persona = { id: string; name: string };

const SURVEY_WORDING: TargetingWording = {
  personasHint: "Pick none to ask every persona (and users without one).",
  segmentLabel: "User segment",
  segmentHint: "Only users whose traits match all of these conditions.",
  traitLabel: "User trait",
};

/** Create (no id) or edit a survey. Loads what it needs, then hands over to the form. */
export function SurveyEditor({ surveyId }: { surveyId?: string }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const existing = useQuery({
    ...trpc.survey.get.queryOptions({ workspaceId: ws.id, id: surveyId ?? "" }),
    enabled: Boolean(surveyId),
  });
  const personas = useQuery(trpc.persona.list.queryOptions({ workspaceId: ws.id }));

  return (
    <EditorLoader
      loading={(Boolean(surveyId) && existing.isLoading) || personas.isLoading}
      error={existing.error ?? personas.error}
      loadingLabel="Loading survey…"
      backHref={`/w/${ws.slug}/surveys`}
      backLabel="surveys"
    >
      {() => <EditorForm initial={existing.data ?? null} personas={personas.data?.personas ?? []} />}
    </EditorLoader>
  );
}

const TEXT_LABELS: Record<TextField, (kind: SurveyKind) => string> = {
  question: () => "Question",
  lowLabel: (k) => `Label under the lowest score (${k === "nps" ? "0" : "1"})`,
  highLabel: (k) => `Label under the highest score (${k === "nps" ? "10" : k === "csat" ? "5" : "7"})`,
  followUpNegative: (k) =>
    k === "nps" ? "Follow-up for detractors (0–6)" : k === "csat" ? "Follow-up for 1–2" : "Follow-up for 1–3 (hard)",
  followUpNeutral: (k) =>
    k === "nps" ? "Follow-up for passives (7–8)" : k === "csat" ? "Follow-up for 3" : "Follow-up for 4",
  followUpPositive: (k) =>
    k === "nps" ? "Follow-up for promoters (9–10)" : k === "csat" ? "Follow-up for 4–5" : "Follow-up for 5–7 (easy)",
  thankYou: () => "Thank-you message",
};
const OPEN_FIELDS: TextField[] = ["question", "thankYou"];
const SCALED_FIELDS: TextField[] = [
  "question",
  "lowLabel",
  "highLabel",
  "followUpNegative",
  "followUpNeutral",
  "followUpPositive",
  "thankYou",
];
const LONG: ReadonlySet<TextField> = new Set([
  "question",
  "followUpNegative",
  "followUpNeutral",
  "followUpPositive",
  "thankYou",
]);

function EditorForm({ initial, personas }: { initial: SurveyOut | null; personas: Persona[] }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const router = useRouter();
  const queryClient = useQueryClient();
  const writable = ws.can("surveys.write");
  const session = useDraftSession({ initial, toDraft: draftFromSurvey, emptyDraft, toInput });
  const { saved, setSaved, draft, setDraft, set, input, dirty, notice, setNotice } = session;
  const [lang, setLang] = useState<SurveyLocale>("en");
  const kindLocked = (saved?.displays ?? 0) > 0;

  const afterSave = (s: SurveyOut) => {
    session.afterSave(s);
    void queryClient.invalidateQueries(trpc.survey.pathFilter());
  };
  const create = useMutation(
    trpc.survey.create.mutationOptions({
      onSuccess: (s) => {
        void queryClient.invalidateQueries(trpc.survey.pathFilter());
        router.push(`/w/${ws.slug}/surveys/${s.id}`);
      },
    }),
  );
  const update = useMutation(trpc.survey.update.mutationOptions({ onSuccess: afterSave }));
  const setStatus = useMutation(
    trpc.survey.setStatus.mutationOptions({
      onSuccess: (r) => {
        setSaved((s) => (s ? { ...s, status: r.status } : s));
        setNotice(STATUS_NOTICE[r.status]);
        void queryClient.invalidateQueries(trpc.survey.pathFilter());
      },
    }),
  );
  const remove = useMutation(
    trpc.survey.delete.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.survey.pathFilter());
        router.push(`/w/${ws.slug}/surveys`);
      },
    }),
  );

  const { errors, invalid, mutationError, pending, onSubmit } = useEditorSubmit({
    schema: ZSurveyInput,
    input,
    workspaceId: ws.id,
    saved,
    create,
    update,
    onSubmitStart: () => setNotice(null),
  });

  const setText = (field: TextField, value: string) =>
    setDraft((d) => ({ ...d, texts: { ...d.texts, [lang]: { ...d.texts[lang], [field]: value } } }));
  const changeKind = (kind: SurveyKind) =>
    setDraft((d) => ({ ...d, kind, texts: isDefaultTexts(d) ? textsDraft(defaultTexts(kind)) : d.texts }));
  const fields = draft.kind === "open" ? OPEN_FIELDS : SCALED_FIELDS;

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <EditorHeader
        backHref={`/w/${ws.slug}/surveys`}
        backLabel="Surveys"
        title={saved ? saved.name : "New survey"}
        badge={saved ? <StatusBadge status={saved.status} /> : null}
        dirty={dirty}
        actions={
          <>
            {saved ? (
              <ReportLink
                href={`/w/${ws.slug}/surveys/${saved.id}/report`}
                label="Report"
                testId="survey-report-link"
              />
            ) : null}
            {saved && writable ? (
              <StatusActions
                status={saved.status}
                disabled={dirty || setStatus.isPending}
                onChange={(status) => setStatus.mutate({ workspaceId: ws.id, id: saved.id, status })}
              />
            ) : null}
            {writable ? (
              <SaveButton pending={pending} isNew={saved === null} dirty={dirty} testId="save-survey" />
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

      {writable ? null : <ReadOnlyNotice what="surveys" />}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_400px]">
        <fieldset disabled={!writable} className="min-w-0 space-y-6">
          <Card title="Survey">
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label="Name" hint="For you; users never see it." error={errorAt(errors, "name")}>
                <Input
                  value={draft.name}
                  onChange={(e) => set({ name: e.target.value })}
                  maxLength={120}
                  data-testid="survey-name"
                />
              </Field>
              <Field
                label="Kind"
                hint={
                  kindLocked
                    ? "Fixed: the survey has been shown, and its answers are on this scale."
                    : "NPS 0–10, CSAT 1–5, CES 1–7, or an open question."
                }
                error={errorAt(errors, "kind")}
              >
                <Select
                  value={draft.kind}
                  onChange={(e) => changeKind(e.target.value as SurveyKind)}
                  disabled={kindLocked}
                  data-testid="survey-kind-select"
                >
                  {SURVEY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {KIND_LABELS[k].name} ({KIND_LABELS[k].scale})
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          </Card>

          <Card title="Texts" action={<LanguageTabs lang={lang} onChange={setLang} />}>
            <div className="space-y-4">
              <p className="text-xs text-stone-500">
                {lang === "en"
                  ? "Empty fields show the default wording."
                  : `${LOCALE_LABELS[lang]} texts. Empty fields show the English text.`}
                {!isDefaultTexts(draft) ? (
                  <>
                    {" "}
                    <button
                      type="button"
                      className="text-brand-700 underline"
                      onClick={() => set({ texts: textsDraft(defaultTexts(draft.kind)) })}
                    >
                      Reset every language to the default wording
                    </button>
                  </>
                ) : null}
              </p>
              <div className="grid gap-4 sm:grid-cols-2">
                {fields.map((f) => {
                  const Control = LONG.has(f) ? Textarea : Input;
                  return (
                    <div key={f} className={LONG.has(f) ? "sm:col-span-2" : ""}>
                      <Field
                        label={`${TEXT_LABELS[f](draft.kind)}${lang === "en" ? "" : ` (${lang})`}`}
                        error={errorAt(errors, `texts.${lang}.${f}`)}
                      >
                        <Control
                          {...(LONG.has(f) ? { rows: 2 } : {})}
                          value={draft.texts[lang][f]}
                          placeholder={lang === "en" ? "" : draft.texts.en[f]}
                          onChange={(e: { target: { value: string } }) => setText(f, e.target.value)}
                          maxLength={f === "lowLabel" || f === "highLabel" ? 60 : f === "thankYou" ? 200 : 300}
                          data-testid={`survey-text-${f}-${lang}`}
                        />
                      </Field>
                    </div>
                  );
                })}
              </div>
            </div>
          </Card>

          <Card title="Who is asked">
            <TargetingFields
              personas={personas}
              draft={draft}
              onChange={set}
              errors={errors}
              wording={SURVEY_WORDING}
            />
          </Card>

          <SurveyTimingCard draft={draft} set={set} errors={errors} />

          {saved && writable ? (
            <DangerZone
              explanation="Deleting removes its displays and responses too. End or pause it to keep them for reports."
              confirmText={`Delete “${saved.name}” with its ${saved.displays} display(s) and all its responses? This cannot be undone.`}
              buttonLabel="Delete survey"
              onDelete={() => remove.mutate({ workspaceId: ws.id, id: saved.id })}
              testId="delete-survey"
            />
          ) : null}
        </fieldset>

        <aside className="xl:sticky xl:top-6 xl:self-start">
          <SurveyPreviewPanel
            draft={draft}
            saved={saved}
            dirty={dirty}
            personas={personas}
            locale={lang}
            onLocale={setLang}
          />
        </aside>
      </div>
    </form>
  );
}

const STATUS_NOTICE: Record<SurveyStatusValue, string> = {
  active: "Active: eligible users are asked from their next trigger.",
  paused: "Paused: nobody is asked; answers so far are kept.",
  ended: "Ended: nobody is asked; the report keeps every answer.",
  draft: "Back to draft: nobody is asked.",
};

export function StatusActions({
  status,
  disabled,
  onChange,
}: {
  status: SurveyStatusValue;
  disabled: boolean;
  onChange: (s: SurveyStatusValue) => void;
}) {
  const button = (to: SurveyStatusValue, label: string) => (
    <Button
      key={to}
      variant="secondary"
      disabled={disabled}
      onClick={() => onChange(to)}
      data-testid={`survey-set-${to}`}
    >
      {label}
    </Button>
  );
  if (status === "active")
    return (
      <>
        {button("paused", "Pause")}
        {button("ended", "End")}
      </>
    );
  if (status === "paused")
    return (
      <>
        {button("active", "Resume")}
        {button("ended", "End")}
      </>
    );
  if (status === "ended")
    return (
      <>
        {button("draft", "Back to draft")}
        {button("active", "Reactivate")}
      </>
    );
  return button("active", "Activate");
}
