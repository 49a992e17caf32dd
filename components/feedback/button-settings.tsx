"use client";

import { ReadOnlyNotice } from "@/components/ui/read-only-notice";
import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, Loading, PageHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { Field, Input, Select } from "@/components/ui/field";
import { issuesByPath } from "@/components/ui/form-errors";
import { LOCALE_LABELS } from "@/components/checklists/labels";
import { FEEDBACK_CATEGORIES, type FeedbackCategory } from "@/server/contract/widget-protocol";
import {
  DEFAULT_FEEDBACK_LABEL,
  FEEDBACK_POSITIONS,
  localizeFeedbackButton,
  ZFeedbackButton,
  type FeedbackButtonConfig,
} from "@/server/feedback/button-config";
import { CATEGORY_LABELS } from "./labels";

const LOCALES = ["en", "fr", "de"] as const;
type Locale = (typeof LOCALES)[number];

const POSITION_LABELS: Record<(typeof FEEDBACK_POSITIONS)[number], string> = {
  "bottom-left": "Bottom left",
  "bottom-right": "Bottom right",
  "middle-left": "Middle of the left edge",
  "middle-right": "Middle of the right edge",
};

/** Where the preview puts the button inside its small frame. */
const PREVIEW_SPOT: Record<(typeof FEEDBACK_POSITIONS)[number], string> = {
  "bottom-left": "bottom-3 left-3",
  "bottom-right": "bottom-3 right-3",
  "middle-left": "top-1/2 left-0 -translate-y-1/2 -rotate-90 origin-left translate-x-4",
  "middle-right": "top-1/2 right-0 -translate-y-1/2 rotate-90 origin-right -translate-x-4",
};

/** The widget's always-open feedback button: on or off, where, its label per language, and the
 * categories its form offers. */
export function FeedbackButtonSettings() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const current = useQuery(trpc.feedback.buttonConfig.queryOptions({ workspaceId: ws.id }));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Feedback button"
        description="An always-open button in your product: users send an idea, a problem or praise from any page, and can reopen it any time to see what became of what they sent."
        action={
          <Link href={`/w/${ws.slug}/feedback`} className="text-sm font-medium text-brand-700 hover:underline">
            ← Back to the inbox
          </Link>
        }
      />
      {current.isLoading ? <Loading /> : null}
      {current.error ? <p className="text-sm text-red-700">{current.error.message}</p> : null}
      {current.data ? <ButtonForm initial={current.data} /> : null}
    </div>
  );
}

function ButtonForm({ initial }: { initial: FeedbackButtonConfig }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const writable = ws.can("feedback.write");
  const [form, setForm] = useState<FeedbackButtonConfig>(initial);
  const [lang, setLang] = useState<Locale>("en");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation(
    trpc.feedback.updateButtonConfig.mutationOptions({
      onSuccess: (saved) => {
        setForm(saved);
        queryClient.setQueryData(trpc.feedback.buttonConfig.queryKey({ workspaceId: ws.id }), saved);
      },
    }),
  );

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = ZFeedbackButton.safeParse(form);
    setErrors(issuesByPath(parsed.error));
    if (parsed.success) save.mutate({ workspaceId: ws.id, data: parsed.data });
  }

  const toggleCategory = (c: FeedbackCategory) =>
    setForm({
      ...form,
      categories: form.categories.includes(c)
        ? form.categories.filter((x) => x !== c)
        : FEEDBACK_CATEGORIES.filter((x) => x === c || form.categories.includes(x)),
    });
  const preview = localizeFeedbackButton({ ...form, enabled: true }, lang);

  return (
    <Card title="Settings">
      <form onSubmit={onSubmit} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_320px]" noValidate>
        <fieldset disabled={!writable} className="min-w-0 space-y-5">
          {writable ? null : <ReadOnlyNotice what="the feedback button's settings" />}
          <label className="flex items-center gap-2 text-sm font-medium text-stone-800">
            <input
              type="checkbox"
              className="size-4 accent-brand-600"
              checked={form.enabled}
              onChange={(e) => setForm({ ...form, enabled: e.target.checked })}
              data-testid="button-enabled"
            />
            Show the feedback button in the widget
          </label>
          <Field label="Position" error={errors.position}>
            <Select
              className="max-w-xs"
              value={form.position}
              onChange={(e) => setForm({ ...form, position: e.target.value as FeedbackButtonConfig["position"] })}
              data-testid="button-position"
            >
              {FEEDBACK_POSITIONS.map((p) => (
                <option key={p} value={p}>
                  {POSITION_LABELS[p]}
                </option>
              ))}
            </Select>
          </Field>
          <div className="space-y-2">
            <div className="flex gap-1 text-xs" role="tablist" aria-label="Language">
              {LOCALES.map((l) => (
                <button
                  key={l}
                  type="button"
                  role="tab"
                  aria-selected={lang === l}
                  onClick={() => setLang(l)}
                  className={`rounded px-2.5 py-1 font-medium focus-visible:outline-2 focus-visible:outline-brand-500 ${lang === l ? "bg-stone-900 text-white" : "bg-stone-100 text-stone-600 hover:text-stone-900"}`}
                >
                  {LOCALE_LABELS[l]}
                </button>
              ))}
            </div>
            <Field
              label={`Label (${lang})`}
              hint={
                lang === "en"
                  ? `Empty: “${DEFAULT_FEEDBACK_LABEL.en}”.`
                  : `Empty: the English label, or “${DEFAULT_FEEDBACK_LABEL[lang]}”.`
              }
              error={errors[`label.${lang}`]}
            >
              <Input
                className="max-w-xs"
                maxLength={30}
                value={form.label[lang]}
                placeholder={lang === "en" ? DEFAULT_FEEDBACK_LABEL.en : form.label.en || DEFAULT_FEEDBACK_LABEL[lang]}
                onChange={(e) => setForm({ ...form, label: { ...form.label, [lang]: e.target.value } })}
                data-testid={`button-label-${lang}`}
              />
            </Field>
          </div>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-stone-700">Categories the form offers</legend>
            <p className="text-xs text-stone-500">None: the form asks for text only.</p>
            <div className="flex flex-wrap gap-3">
              {FEEDBACK_CATEGORIES.map((c) => (
                <label key={c} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="accent-brand-600"
                    checked={form.categories.includes(c)}
                    onChange={() => toggleCategory(c)}
                    data-testid={`button-category-${c}`}
                  />
                  {CATEGORY_LABELS[c] ?? c}
                </label>
              ))}
            </div>
            {errors.categories ? <p className="text-xs text-red-700">{errors.categories}</p> : null}
          </fieldset>
          {writable ? (
            <div className="flex items-center gap-3">
              <Button type="submit" disabled={save.isPending} data-testid="save-button-settings">
                {save.isPending ? "Saving…" : "Save"}
              </Button>
              {save.isSuccess ? (
                <span className="text-sm text-brand-700" role="status">
                  Saved.
                </span>
              ) : null}
              {save.error ? <span className="text-sm text-red-700">{errorMessage(save.error)}</span> : null}
            </div>
          ) : (
            <p className="text-sm text-stone-500">Viewers can see this setting; a PM or an admin can change it.</p>
          )}
        </fieldset>
        <div className="space-y-2">
          <p className="text-xs font-medium uppercase tracking-wide text-stone-500">Preview</p>
          <div
            className="relative h-48 overflow-hidden rounded-lg bg-stone-100 ring-1 ring-stone-200"
            aria-hidden="true"
          >
            <div className="absolute inset-x-3 top-3 h-3 rounded bg-stone-200" />
            <div className="absolute inset-x-3 top-9 h-3 w-2/3 rounded bg-stone-200" />
            {preview ? (
              <span
                className={`absolute ${PREVIEW_SPOT[form.position]} rounded-full bg-brand-600 px-3 py-1.5 text-xs font-medium whitespace-nowrap text-white shadow`}
              >
                {preview.label}
              </span>
            ) : null}
          </div>
          {!form.enabled ? (
            <p className="text-xs text-stone-500">Off: the widget shows no button; users can still answer surveys.</p>
          ) : null}
        </div>
      </form>
    </Card>
  );
}
