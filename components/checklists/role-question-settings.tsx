"use client";

import { ReadOnlyNotice } from "@/components/ui/read-only-notice";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, Loading } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { errorMessage } from "@/components/ui/errors";
import { localizeRoleQuestion } from "@/server/onboarding/ask-role";
import { LOCALES, ZRoleQuestion, type Locale, type RoleQuestion } from "@/server/onboarding/schemas";
import { errorAt, issuesByPath } from "@/components/ui/form-errors";
import { LOCALE_LABELS } from "./labels";
import { WidgetRoleCard } from "./widget-look";

type Form = {
  enabled: boolean;
  trait: string;
  question: Record<Locale, string>;
  options: { value: string; label: Record<Locale, string> }[];
};

const blankLabel = (): Record<Locale, string> => ({ en: "", fr: "", de: "" });

function toForm(q: RoleQuestion): Form {
  return {
    enabled: q.enabled,
    trait: q.trait,
    question: { ...q.question },
    options: q.options.map((o) => ({ value: o.value, label: { ...o.label } })),
  };
}

/** The widget's first-run question: its answer sets a trait, which personas then match on. */
export function RoleQuestionSettings() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const current = useQuery(trpc.checklist.roleQuestion.queryOptions({ workspaceId: ws.id }));
  if (current.isLoading)
    return (
      <Card title="First-run role question">
        <Loading />
      </Card>
    );
  if (current.error)
    return (
      <Card title="First-run role question">
        <p className="text-sm text-red-700">{current.error.message}</p>
      </Card>
    );
  return <RoleQuestionForm initial={current.data!} />;
}

function RoleQuestionForm({ initial }: { initial: RoleQuestion }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const writable = ws.can("checklists.write");
  const [form, setForm] = useState<Form>(() => toForm(initial));
  const [lang, setLang] = useState<Locale>("en");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation(
    trpc.checklist.updateRoleQuestion.mutationOptions({
      onSuccess: (saved) => {
        // The form shows what was stored (trimmed, translations filled) and stays mounted, so
        // its "Saved." survives.
        setForm(toForm(saved));
        queryClient.setQueryData(trpc.checklist.roleQuestion.queryKey({ workspaceId: ws.id }), saved);
      },
    }),
  );

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = ZRoleQuestion.safeParse(form);
    setErrors(issuesByPath(parsed.error));
    if (parsed.success) save.mutate({ workspaceId: ws.id, data: parsed.data });
  }

  const setOption = (i: number, patch: Partial<Form["options"][number]>) =>
    setForm({ ...form, options: form.options.map((o, j) => (j === i ? { ...o, ...patch } : o)) });
  const preview = localizeRoleQuestion(form, lang);

  return (
    <Card
      title="First-run role question"
      action={
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="accent-brand-600"
            checked={form.enabled}
            disabled={!writable}
            onChange={(e) => setForm({ ...form, enabled: e.target.checked })}
            data-testid="role-question-enabled"
          />
          {form.enabled ? "On" : "Off"}
        </label>
      }
    >
      <form onSubmit={onSubmit} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_340px]" noValidate>
        <fieldset disabled={!writable} className="min-w-0 space-y-4">
          {writable ? null : <ReadOnlyNotice what="the role question's settings" />}
          <p className="text-sm text-stone-600">
            The widget asks users who have no value for the trait yet. Their answer is sent as an identify call, so your
            personas assign them at once and the right checklist appears on the next refresh.
          </p>
          <Field
            label="Trait the answer sets"
            hint="Match it in your personas' rules, e.g. role is one of “data engineer”."
            error={errorAt(errors, "trait")}
          >
            <Input
              className="max-w-xs font-mono"
              value={form.trait}
              onChange={(e) => setForm({ ...form, trait: e.target.value })}
              data-testid="role-question-trait"
            />
          </Field>
          <div className="flex gap-1 text-xs" role="tablist" aria-label="Language">
            {LOCALES.map((l) => (
              <button
                key={l}
                type="button"
                role="tab"
                aria-selected={lang === l}
                onClick={() => setLang(l)}
                className={`rounded px-2.5 py-1 font-medium ${lang === l ? "bg-stone-900 text-white" : "bg-stone-100 text-stone-600 hover:text-stone-900"}`}
              >
                {LOCALE_LABELS[l]}
              </button>
            ))}
          </div>
          <Field
            label={`Question (${lang})`}
            hint={lang === "en" ? undefined : "Empty: the English text is shown."}
            error={errorAt(errors, `question.${lang}`)}
          >
            <Input
              value={form.question[lang]}
              placeholder={lang === "en" ? "" : form.question.en}
              onChange={(e) => setForm({ ...form, question: { ...form.question, [lang]: e.target.value } })}
              data-testid={`role-question-text-${lang}`}
            />
          </Field>
          <div className="space-y-2">
            <p className="text-sm font-medium text-stone-700">Answers</p>
            {form.options.map((o, i) => (
              <div key={i} className="flex flex-wrap items-start gap-2" data-testid="role-option">
                <div className="w-40">
                  <Input
                    placeholder="stored value"
                    value={o.value}
                    onChange={(e) => setOption(i, { value: e.target.value })}
                    aria-label="Stored value"
                    className="font-mono"
                  />
                  {errorAt(errors, `options.${i}.value`) ? (
                    <p className="mt-1 text-xs text-red-700">{errorAt(errors, `options.${i}.value`)}</p>
                  ) : null}
                </div>
                <div className="min-w-40 flex-1">
                  <Input
                    placeholder={lang === "en" ? "label shown" : o.label.en}
                    value={o.label[lang]}
                    onChange={(e) => setOption(i, { label: { ...o.label, [lang]: e.target.value } })}
                    aria-label={`Label (${lang})`}
                  />
                  {errorAt(errors, `options.${i}.label`) ? (
                    <p className="mt-1 text-xs text-red-700">{errorAt(errors, `options.${i}.label`)}</p>
                  ) : null}
                </div>
                <Button
                  variant="ghost"
                  onClick={() => setForm({ ...form, options: form.options.filter((_, j) => j !== i) })}
                  aria-label="Remove answer"
                >
                  ✕
                </Button>
              </div>
            ))}
            {errors.options ? <p className="text-xs text-red-700">{errors.options}</p> : null}
            <Button
              variant="secondary"
              onClick={() => setForm({ ...form, options: [...form.options, { value: "", label: blankLabel() }] })}
              disabled={form.options.length >= 12}
              data-testid="add-role-option"
            >
              + Answer
            </Button>
          </div>
          {writable ? (
            <div className="flex items-center gap-3">
              <Button type="submit" disabled={save.isPending} data-testid="save-role-question">
                {save.isPending ? "Saving…" : "Save"}
              </Button>
              {save.isSuccess ? (
                <span className="text-sm text-brand-700" role="status">
                  Saved.
                </span>
              ) : null}
              {save.error ? <span className="text-sm text-red-700">{errorMessage(save.error)}</span> : null}
            </div>
          ) : null}
        </fieldset>
        <div className="space-y-2">
          <p className="text-xs font-medium uppercase tracking-wide text-stone-500">In the widget</p>
          <div className="rounded-lg bg-stone-100 p-4">
            {preview ? (
              <WidgetRoleCard question={preview} locale={lang} />
            ) : (
              <p className="text-sm text-stone-500">Add at least two answers to see the question.</p>
            )}
          </div>
          {!form.enabled ? <p className="text-xs text-stone-500">Off: nobody is asked.</p> : null}
        </div>
      </form>
    </Card>
  );
}
