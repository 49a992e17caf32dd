import { z } from "zod";
import type { ScoreTone, WidgetLocale, WidgetSurveyKind } from "../contract/widget-protocol";

// Survey.texts: what the end user reads, per locale. English is required; a French or German
// field left empty falls back to English field by field (as checklists do), and an English field
// left empty falls back to the kind's default wording below.

const text = (max: number) => z.string().trim().max(max);

export const ZSurveyLocaleTexts = z.object({
  question: text(300).default(""),
  lowLabel: text(60).default(""),
  highLabel: text(60).default(""),
  followUpNegative: text(300).default(""),
  followUpNeutral: text(300).default(""),
  followUpPositive: text(300).default(""),
  thankYou: text(200).default(""),
});
export type SurveyLocaleTexts = z.infer<typeof ZSurveyLocaleTexts>;

export const ZSurveyTexts = z.object({
  en: ZSurveyLocaleTexts,
  fr: ZSurveyLocaleTexts.partial().default({}),
  de: ZSurveyLocaleTexts.partial().default({}),
});
export type SurveyTexts = z.infer<typeof ZSurveyTexts>;

type Wording = SurveyLocaleTexts;

const THANKS: Record<WidgetLocale, string> = {
  en: "Thank you! Your answer helps us improve.",
  fr: "Merci ! Votre réponse nous aide à progresser.",
  de: "Danke! Ihre Antwort hilft uns, besser zu werden.",
};

/** The default wording of each kind in each locale: what a new survey starts with in the editor,
 * and what a field left empty reads as. */
export const DEFAULT_TEXTS: Record<WidgetSurveyKind, Record<WidgetLocale, Wording>> = {
  nps: {
    en: {
      question: "How likely are you to recommend us to a friend or colleague?",
      lowLabel: "Not at all likely",
      highLabel: "Extremely likely",
      followUpNegative: "We're sorry to hear that. What is the main reason for your score?",
      followUpNeutral: "Thanks! What is the main thing we could do better?",
      followUpPositive: "Great to hear! What do you like most?",
      thankYou: THANKS.en,
    },
    fr: {
      question: "Quelle est la probabilité que vous nous recommandiez à un ami ou un collègue ?",
      lowLabel: "Pas du tout probable",
      highLabel: "Très probable",
      followUpNegative: "Désolés de l'apprendre. Quelle est la raison principale de votre note ?",
      followUpNeutral: "Merci ! Que pourrions-nous améliorer en priorité ?",
      followUpPositive: "Super ! Qu'appréciez-vous le plus ?",
      thankYou: THANKS.fr,
    },
    de: {
      question: "Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?",
      lowLabel: "Unwahrscheinlich",
      highLabel: "Äußerst wahrscheinlich",
      followUpNegative: "Das tut uns leid. Was ist der Hauptgrund für Ihre Bewertung?",
      followUpNeutral: "Danke! Was könnten wir vor allem besser machen?",
      followUpPositive: "Schön zu hören! Was gefällt Ihnen am besten?",
      thankYou: THANKS.de,
    },
  },
  csat: {
    en: {
      question: "How satisfied are you with this feature?",
      lowLabel: "Very unsatisfied",
      highLabel: "Very satisfied",
      followUpNegative: "What went wrong?",
      followUpNeutral: "What would make it better?",
      followUpPositive: "What did you like?",
      thankYou: THANKS.en,
    },
    fr: {
      question: "Êtes-vous satisfait de cette fonctionnalité ?",
      lowLabel: "Très insatisfait",
      highLabel: "Très satisfait",
      followUpNegative: "Qu'est-ce qui n'a pas fonctionné ?",
      followUpNeutral: "Qu'est-ce qui la rendrait meilleure ?",
      followUpPositive: "Qu'avez-vous apprécié ?",
      thankYou: THANKS.fr,
    },
    de: {
      question: "Wie zufrieden sind Sie mit dieser Funktion?",
      lowLabel: "Sehr unzufrieden",
      highLabel: "Sehr zufrieden",
      followUpNegative: "Was ist schiefgelaufen?",
      followUpNeutral: "Was würde sie besser machen?",
      followUpPositive: "Was hat Ihnen gefallen?",
      thankYou: THANKS.de,
    },
  },
  ces: {
    en: {
      question: "How easy was it to get this done?",
      lowLabel: "Very difficult",
      highLabel: "Very easy",
      followUpNegative: "What made it hard?",
      followUpNeutral: "What would have made it easier?",
      followUpPositive: "What worked well?",
      thankYou: THANKS.en,
    },
    fr: {
      question: "Avez-vous pu le faire facilement ?",
      lowLabel: "Très difficile",
      highLabel: "Très facile",
      followUpNegative: "Qu'est-ce qui a été difficile ?",
      followUpNeutral: "Qu'est-ce qui aurait rendu les choses plus simples ?",
      followUpPositive: "Qu'est-ce qui a bien fonctionné ?",
      thankYou: THANKS.fr,
    },
    de: {
      question: "Wie einfach war es, das zu erledigen?",
      lowLabel: "Sehr schwierig",
      highLabel: "Sehr einfach",
      followUpNegative: "Was hat es schwer gemacht?",
      followUpNeutral: "Was hätte es einfacher gemacht?",
      followUpPositive: "Was hat gut funktioniert?",
      thankYou: THANKS.de,
    },
  },
  open: {
    en: {
      question: "How can we improve?",
      lowLabel: "",
      highLabel: "",
      followUpNegative: "",
      followUpNeutral: "",
      followUpPositive: "",
      thankYou: THANKS.en,
    },
    fr: {
      question: "Comment pouvons-nous nous améliorer ?",
      lowLabel: "",
      highLabel: "",
      followUpNegative: "",
      followUpNeutral: "",
      followUpPositive: "",
      thankYou: THANKS.fr,
    },
    de: {
      question: "Wie können wir besser werden?",
      lowLabel: "",
      highLabel: "",
      followUpNegative: "",
      followUpNeutral: "",
      followUpPositive: "",
      thankYou: THANKS.de,
    },
  },
};

/** Texts for a new survey of this kind: the default wording in all three locales. */
export function defaultTexts(kind: WidgetSurveyKind): SurveyTexts {
  const d = DEFAULT_TEXTS[kind];
  return { en: { ...d.en }, fr: { ...d.fr }, de: { ...d.de } };
}

/** Stored texts, tolerant of rows written by older versions (missing fields → defaults). */
export function readSurveyTexts(json: unknown, kind: WidgetSurveyKind): SurveyTexts {
  const parsed = ZSurveyTexts.safeParse(json ?? undefined);
  return parsed.success ? parsed.data : defaultTexts(kind);
}

export type LocalizedSurveyTexts = {
  question: string;
  lowLabel: string;
  highLabel: string;
  followUp: Record<ScoreTone, string>;
  thankYou: string;
};

/**
 * The wording in one locale: the locale's field, else the English field, else — only where the
 * English field is empty — the kind's default in that locale. An open survey has no scale and
 * no follow-up ("" for those).
 */
export function localizeSurveyTexts(
  kind: WidgetSurveyKind,
  texts: SurveyTexts,
  locale: WidgetLocale,
): LocalizedSurveyTexts {
  const own: Partial<Wording> = locale === "en" ? texts.en : texts[locale];
  const fallback = DEFAULT_TEXTS[kind][locale];
  const field = (key: keyof Wording): string => {
    const t = own[key]?.trim();
    if (t) return t;
    const en = texts.en[key]?.trim();
    if (en) return en;
    return fallback[key];
  };
  const scaled = kind !== "open";
  return {
    question: field("question"),
    lowLabel: scaled ? field("lowLabel") : "",
    highLabel: scaled ? field("highLabel") : "",
    followUp: scaled
      ? { negative: field("followUpNegative"), neutral: field("followUpNeutral"), positive: field("followUpPositive") }
      : { negative: "", neutral: "", positive: "" },
    thankYou: field("thankYou"),
  };
}
