"use client";

import { useMemo, useState } from "react";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { buildPreview } from "@/server/onboarding/preview";
import type { Condition } from "@/server/audience/condition";
import type { Locale, PreviewOut } from "@/server/onboarding/schemas";
import { toPreviewChecklist, type Draft } from "./draft";
import { LOCALE_LABELS, VERDICT_TEXT } from "./labels";
import { WidgetPanel } from "./widget-look";

type Persona = { id: string; name: string; rules: unknown };

/** The editor's preview: the unsaved draft, as a chosen persona sees it, computed in the browser
 * with the same functions checklist.preview uses for the saved version. */
export function LivePreview({
  draft,
  personas,
  locale,
  onLocale,
}: {
  draft: Draft;
  personas: Persona[];
  locale: Locale;
  onLocale: (l: Locale) => void;
}) {
  const [personaId, setPersonaId] = useState<string>(() => draft.personaIds[0] ?? personas[0]?.id ?? "");
  const persona = personas.find((p) => p.id === personaId) ?? null;
  const preview = useMemo(
    () =>
      buildPreview({
        checklist: toPreviewChecklist(draft),
        persona: persona ? { id: persona.id, name: persona.name, rules: persona.rules as Condition[] } : null,
        personaNames: new Map(personas.map((p) => [p.id, p.name])),
        locale,
      }),
    [draft, persona, personas, locale],
  );
  return (
    <PreviewFrame
      preview={preview}
      personas={personas}
      personaId={personaId}
      onPersona={setPersonaId}
      locale={locale}
      onLocale={onLocale}
      note="Live preview of your unsaved edits."
    />
  );
}

export function PreviewFrame(props: {
  preview: PreviewOut;
  personas: { id: string; name: string }[];
  personaId: string;
  onPersona: (id: string) => void;
  locale: Locale;
  onLocale: (l: Locale) => void;
  note?: string;
}) {
  const { preview } = props;
  const verdict = VERDICT_TEXT[preview.targeted];
  return (
    <Card title="Preview">
      <div className="space-y-4">
        <div className="grid grid-cols-2 gap-2">
          <label className="space-y-1 text-xs font-medium text-stone-600">
            <span>As persona</span>
            <Select
              value={props.personaId}
              onChange={(e) => props.onPersona(e.target.value)}
              data-testid="preview-persona"
            >
              {props.personas.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
              <option value="">No persona</option>
            </Select>
          </label>
          <label className="space-y-1 text-xs font-medium text-stone-600">
            <span>Language</span>
            <Select
              value={props.locale}
              onChange={(e) => props.onLocale(e.target.value as Locale)}
              data-testid="preview-locale"
            >
              {(Object.keys(LOCALE_LABELS) as Locale[]).map((l) => (
                <option key={l} value={l}>
                  {LOCALE_LABELS[l]}
                </option>
              ))}
            </Select>
          </label>
        </div>
        <div>
          <span
            className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ${verdict.style}`}
            data-testid="preview-verdict"
            data-verdict={preview.targeted}
          >
            {verdict.label}
          </span>
          <ul className="mt-2 space-y-0.5 text-xs text-stone-600">
            {preview.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
            {preview.holdoutPercent > 0 ? (
              <li>{preview.holdoutPercent}% of targeted users are held out and see nothing.</li>
            ) : null}
          </ul>
        </div>
        <div className="rounded-lg bg-[repeating-linear-gradient(45deg,#fafaf9,#fafaf9_10px,#f5f5f4_10px,#f5f5f4_20px)] p-4">
          <WidgetPanel checklist={preview.checklist} locale={preview.locale} />
        </div>
        {props.note ? <p className="text-xs text-stone-500">{props.note}</p> : null}
      </div>
    </Card>
  );
}
