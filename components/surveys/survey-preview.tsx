"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card, Loading } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { localizeSurveyTexts } from "@/server/surveys/texts";
import type { RuleVerdict, SurveyLocale, SurveyOut } from "@/server/surveys/schemas";
import { draftTexts, type Draft } from "./draft";
import { LOCALE_LABELS } from "./labels";
import { SurveyCard } from "./survey-card";

const VERDICT: Record<RuleVerdict, { label: string; style: string; mark: string }> = {
  yes: { label: "Would be asked", style: "bg-green-50 text-green-800 ring-green-200", mark: "✓" },
  no: { label: "Would not be asked", style: "bg-red-50 text-red-800 ring-red-200", mark: "✕" },
  depends: { label: "Depends on the user", style: "bg-amber-50 text-amber-800 ring-amber-200", mark: "?" },
};

const MARK_STYLE: Record<RuleVerdict, string> = {
  yes: "text-green-700",
  no: "text-red-700",
  depends: "text-amber-700",
};

/** The editor's preview: the card as typed (live), and, for a saved survey, who would be asked —
 * each eligibility rule for a user of the chosen persona (and plan), answered by survey.preview. */
export function SurveyPreviewPanel(props: {
  draft: Draft;
  saved: SurveyOut | null;
  dirty: boolean;
  personas: { id: string; name: string }[];
  locale: SurveyLocale;
  onLocale: (l: SurveyLocale) => void;
}) {
  const { draft, saved, locale } = props;
  const trpc = useTRPC();
  const ws = useWorkspace();
  const [personaId, setPersonaId] = useState<string>(() => draft.personaIds[0] ?? props.personas[0]?.id ?? "");
  const [plan, setPlan] = useState("");
  const [score, setScore] = useState<number | null>(null);
  const texts = useMemo(() => localizeSurveyTexts(draft.kind, draftTexts(draft), locale), [draft, locale]);
  const preview = useQuery({
    ...trpc.survey.preview.queryOptions(
      { workspaceId: ws.id, id: saved?.id ?? "", personaId: personaId || null, locale, plan: plan.trim() || undefined },
      { placeholderData: (prev) => prev },
    ),
    enabled: saved !== null,
  });

  return (
    <Card title="Preview">
      <div className="space-y-4">
        <div className="grid grid-cols-2 gap-2">
          <label className="space-y-1 text-xs font-medium text-stone-600">
            <span>As persona</span>
            <Select value={personaId} onChange={(e) => setPersonaId(e.target.value)} data-testid="preview-persona">
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
              value={locale}
              onChange={(e) => props.onLocale(e.target.value as SurveyLocale)}
              data-testid="preview-locale"
            >
              {(Object.keys(LOCALE_LABELS) as SurveyLocale[]).map((l) => (
                <option key={l} value={l}>
                  {LOCALE_LABELS[l]}
                </option>
              ))}
            </Select>
          </label>
          <label className="col-span-2 space-y-1 text-xs font-medium text-stone-600">
            <span>Account plan (optional)</span>
            <Input
              value={plan}
              onChange={(e) => setPlan(e.target.value)}
              placeholder="e.g. pro — empty: any account"
              data-testid="preview-plan"
            />
          </label>
        </div>

        {saved === null ? (
          <p className="text-xs text-stone-500">Create the draft to check who would be asked.</p>
        ) : preview.error ? (
          <p className="text-sm text-red-700">{preview.error.message}</p>
        ) : !preview.data ? (
          <Loading label="Checking the rules…" />
        ) : (
          <div data-testid="preview-rules">
            <span
              className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ${VERDICT[preview.data.verdict].style}`}
              data-testid="preview-verdict"
              data-verdict={preview.data.verdict}
            >
              {VERDICT[preview.data.verdict].label}
            </span>
            <ul className="mt-2 space-y-1 text-xs text-stone-600">
              {preview.data.rules.map((r) => (
                <li
                  key={r.rule}
                  className="flex gap-1.5"
                  data-testid={`preview-rule-${r.rule}`}
                  data-verdict={r.verdict}
                >
                  <span className={`w-3 flex-none font-bold ${MARK_STYLE[r.verdict]}`} aria-label={r.verdict}>
                    {VERDICT[r.verdict].mark}
                  </span>
                  <span>{r.text}</span>
                </li>
              ))}
            </ul>
            <p className="mt-2 text-xs text-stone-500">
              {props.dirty
                ? "Rules of the saved version: save to check your changes."
                : "Rules of the saved version, for a user of this persona who was never asked anything."}
            </p>
          </div>
        )}

        <div className="rounded-lg bg-[repeating-linear-gradient(45deg,#fafaf9,#fafaf9_10px,#f5f5f4_10px,#f5f5f4_20px)] p-4">
          <SurveyCard kind={draft.kind} texts={texts} locale={locale} score={score} onScore={setScore} />
        </div>
        <p className="text-xs text-stone-500">The card shows your unsaved texts.</p>
      </div>
    </Card>
  );
}
