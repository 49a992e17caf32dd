"use client";

import { scoreTone } from "@/server/contract/score-tone";
import type { LocalizedSurveyTexts } from "@/server/surveys/texts";
import type { SurveyKind, SurveyLocale } from "@/server/surveys/schemas";

// A static replica of the widget's survey card (same sizes and wording as the runtime card), for
// the editor's preview: click a score to see the follow-up its tone asks.

const SCALES: Record<Exclude<SurveyKind, "open">, { min: number; max: number }> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};

const STRINGS: Record<SurveyLocale, { send: string; close: string; placeholder: string }> = {
  en: { send: "Send", close: "Close", placeholder: "Your answer (optional)" },
  fr: { send: "Envoyer", close: "Fermer", placeholder: "Votre réponse (facultatif)" },
  de: { send: "Senden", close: "Schließen", placeholder: "Ihre Antwort (optional)" },
};

const TONE_NAMES: Record<Exclude<SurveyKind, "open">, Record<"negative" | "neutral" | "positive", string>> = {
  nps: { negative: "detractor", neutral: "passive", positive: "promoter" },
  csat: { negative: "unsatisfied", neutral: "neutral", positive: "satisfied" },
  ces: { negative: "hard", neutral: "neutral", positive: "easy" },
};

const SHADOW = "shadow-[0_12px_40px_rgba(0,0,0,0.18)]";

export function SurveyCard({
  kind,
  texts,
  locale,
  score,
  onScore,
}: {
  kind: SurveyKind;
  texts: LocalizedSurveyTexts;
  locale: SurveyLocale;
  score: number | null;
  onScore: (score: number | null) => void;
}) {
  const t = STRINGS[locale];
  const scale = kind === "open" ? null : SCALES[kind];
  const tone = scale && score !== null && score >= scale.min && score <= scale.max ? scoreTone(kind, score) : null;
  const scores = scale ? Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i) : [];
  return (
    <section
      className={`w-[360px] max-w-full rounded-[14px] border border-stone-200 bg-white p-[18px] font-sans text-[14px] leading-[1.45] text-stone-900 ${SHADOW}`}
      aria-label="Survey preview"
      data-testid="survey-card"
    >
      <div className="flex items-start gap-2">
        <p className="flex-1 font-bold" data-testid="survey-card-question">
          {texts.question}
        </p>
        <span
          className="h-7 w-7 flex-none rounded-lg text-center text-[18px] leading-7 text-stone-600"
          title={t.close}
          aria-hidden="true"
        >
          ×
        </span>
      </div>
      {scale ? (
        <>
          <div
            className={`mt-3 grid gap-1 ${scores.length > 7 ? "grid-cols-11" : scores.length > 5 ? "grid-cols-7" : "grid-cols-5"}`}
            role="group"
            aria-label="Scores"
          >
            {scores.map((s) => (
              <button
                key={s}
                type="button"
                onClick={() => onScore(score === s ? null : s)}
                aria-pressed={score === s}
                className={`rounded-lg border py-1.5 text-center text-[13px] font-semibold tabular-nums ${score === s ? "border-stone-900 bg-stone-900 text-white" : "border-stone-300 bg-white hover:bg-stone-50"}`}
                data-testid={`survey-card-score-${s}`}
              >
                {s}
              </button>
            ))}
          </div>
          <div className="mt-1 flex justify-between text-[12px] text-stone-500">
            <span>{texts.lowLabel}</span>
            <span>{texts.highLabel}</span>
          </div>
          {tone ? (
            <div className="mt-3 space-y-2" data-testid="survey-card-follow-up" data-tone={tone}>
              <p className="font-semibold">{texts.followUp[tone]}</p>
              <div className="h-16 rounded-lg border border-stone-300 px-2 py-1.5 text-[13px] text-stone-500">
                {t.placeholder}
              </div>
              <div className="flex items-center justify-between">
                <span className="text-[11px] text-stone-500">
                  Follow-up for a {TONE_NAMES[kind as Exclude<SurveyKind, "open">][tone]} ({score})
                </span>
                <span className="rounded-lg bg-stone-900 px-3 py-1.5 text-[13px] font-semibold text-white">
                  {t.send}
                </span>
              </div>
            </div>
          ) : (
            <p className="mt-3 text-[12px] text-stone-500">Click a score to see the follow-up question it asks.</p>
          )}
        </>
      ) : (
        <div className="mt-3 space-y-2">
          <div className="h-20 rounded-lg border border-stone-300 px-2 py-1.5 text-[13px] text-stone-500">
            {t.placeholder}
          </div>
          <div className="text-right">
            <span className="rounded-lg bg-stone-900 px-3 py-1.5 text-[13px] font-semibold text-white">{t.send}</span>
          </div>
        </div>
      )}
      <p className="mt-3 border-t border-stone-100 pt-2 text-[12px] text-stone-500">
        <span className="font-medium text-stone-600">Then: </span>
        <span data-testid="survey-card-thanks">{texts.thankYou}</span>
      </p>
    </section>
  );
}
