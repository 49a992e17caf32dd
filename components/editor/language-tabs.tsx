"use client";

export type EditorLocale = "en" | "fr" | "de";

export const LOCALE_LABELS: Record<EditorLocale, string> = { en: "English", fr: "Français", de: "Deutsch" };

/** Which language's texts the form shows; English is the base, the others fall back to it. */
export function LanguageTabs<L extends EditorLocale>({ lang, onChange }: { lang: L; onChange: (l: L) => void }) {
  return (
    <div className="flex rounded-md bg-stone-100 p-0.5 text-xs" role="tablist" aria-label="Language of the texts">
      {(Object.keys(LOCALE_LABELS) as L[]).map((l) => (
        <button
          key={l}
          type="button"
          role="tab"
          aria-selected={lang === l}
          onClick={() => onChange(l)}
          className={`rounded px-2.5 py-1 font-medium ${lang === l ? "bg-white text-stone-900 shadow-xs" : "text-stone-600 hover:text-stone-900"}`}
          data-testid={`lang-${l}`}
        >
          {LOCALE_LABELS[l]}
        </button>
      ))}
    </div>
  );
}
