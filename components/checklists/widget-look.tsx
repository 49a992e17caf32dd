import type { WidgetChecklist, WidgetLocale, WidgetRoleQuestion } from "@/server/contract/widget-protocol";

// Dashboard renderings of what the widget shows in the host app, drawn after the runtime's own
// stylesheet (components/widget/runtime/styles.ts): same sizes, colours and wording.

const STRINGS: Record<
  WidgetLocale,
  {
    launcher: string;
    count: (n: number, m: number) => string;
    cta: string;
    dismiss: string;
    allDone: string;
    allDoneBody: string;
    skip: string;
  }
> = {
  en: {
    launcher: "Get started",
    count: (n, m) => `${n} of ${m} done`,
    cta: "Start",
    dismiss: "Hide checklist",
    allDone: "All done!",
    allDoneBody: "You have completed every step.",
    skip: "Skip",
  },
  fr: {
    launcher: "Premiers pas",
    count: (n, m) => `${n} sur ${m} terminées`,
    cta: "Commencer",
    dismiss: "Masquer la liste",
    allDone: "Tout est fait !",
    allDoneBody: "Vous avez terminé toutes les étapes.",
    skip: "Passer",
  },
  de: {
    launcher: "Erste Schritte",
    count: (n, m) => `${n} von ${m} erledigt`,
    cta: "Starten",
    dismiss: "Checkliste ausblenden",
    allDone: "Alles erledigt!",
    allDoneBody: "Sie haben alle Schritte abgeschlossen.",
    skip: "Überspringen",
  },
};

const SHADOW = "shadow-[0_12px_40px_rgba(0,0,0,0.18)]";

export function WidgetPanel({ checklist, locale }: { checklist: WidgetChecklist; locale: WidgetLocale }) {
  const t = STRINGS[locale];
  const done = checklist.items.filter((i) => i.done).length;
  const total = checklist.items.length;
  const pct = total === 0 ? 0 : Math.round((100 * done) / total);
  return (
    <div
      className="flex flex-col items-end gap-3 font-sans text-[14px] leading-[1.45] text-stone-900"
      data-testid="checklist-preview"
    >
      <section
        className={`w-[340px] max-w-full rounded-[14px] border border-stone-200 bg-white p-[18px] ${SHADOW}`}
        aria-label="Checklist preview"
      >
        <div className="flex items-start gap-2">
          <h3 className="flex-1 text-[16px] font-bold leading-[1.3]" data-testid="preview-title">
            {checklist.title || "Untitled checklist"}
          </h3>
          <span
            className="h-7 w-7 flex-none rounded-lg text-center text-[18px] leading-7 text-stone-600"
            title={t.dismiss}
            aria-hidden="true"
          >
            ×
          </span>
        </div>
        {checklist.description ? <p className="mt-1.5 text-stone-600">{checklist.description}</p> : null}
        <div className="mt-3.5 h-1.5 overflow-hidden rounded-full bg-stone-200">
          <div className="h-full rounded-full bg-green-600" style={{ width: `${pct}%` }} />
        </div>
        <p className="mt-1.5 text-[12px] text-stone-500">{t.count(done, total)}</p>
        {checklist.completed ? (
          <div className="mt-3.5 rounded-[10px] bg-green-50 p-3 text-green-800">
            <strong className="block font-bold">{t.allDone}</strong>
            {t.allDoneBody}
          </div>
        ) : null}
        <ul className="mt-3">
          {checklist.items.map((item) => (
            <li key={item.id} className="flex gap-2.5 border-t border-stone-100 py-2.5" data-testid="preview-item">
              <span
                className={`mt-px h-5 w-5 flex-none rounded-full border-2 text-center text-[12px] leading-4 text-white ${item.done ? "border-green-600 bg-green-600" : "border-stone-400"}`}
                aria-hidden="true"
              >
                {item.done ? "✓" : ""}
              </span>
              <div className="min-w-0">
                <p className={`font-semibold ${item.done ? "text-stone-500 line-through" : ""}`}>
                  {item.title || "Untitled item"}
                </p>
                {item.body ? <p className="mt-0.5 text-[13px] text-stone-600">{item.body}</p> : null}
                {item.ctaUrl && !item.done ? (
                  <span
                    className="mt-1.5 inline-block rounded-lg bg-stone-100 px-2.5 py-1 text-[13px] font-semibold"
                    title={item.ctaUrl}
                  >
                    {t.cta}
                  </span>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <span className="flex items-center gap-2 rounded-full bg-stone-900 px-4 py-2.5 font-semibold text-white shadow-[0_6px_24px_rgba(0,0,0,0.22)]">
        {checklist.completed ? t.allDone : t.launcher}
        <span className="inline-block min-w-[2.6em] rounded-full bg-white px-2 py-px text-center text-[12px] tabular-nums text-stone-900">
          {done}/{total}
        </span>
      </span>
    </div>
  );
}

export function WidgetRoleCard({ question, locale }: { question: WidgetRoleQuestion; locale: WidgetLocale }) {
  return (
    <section
      className={`w-[320px] max-w-full rounded-[14px] border border-stone-200 bg-white p-4 text-[14px] leading-[1.45] text-stone-900 ${SHADOW}`}
      aria-label="Role question preview"
    >
      <p className="font-bold">{question.question}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        {question.options.map((o) => (
          <span key={o.value} className="rounded-full border border-stone-300 bg-white px-3 py-1.5">
            {o.label || o.value}
          </span>
        ))}
      </div>
      <p className="mt-2.5 text-[12px] text-stone-500 underline">{STRINGS[locale].skip}</p>
    </section>
  );
}
