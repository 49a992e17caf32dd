import type { WidgetRoleQuestion } from "../contract/widget-protocol";
import { readPath } from "../audience/condition";
import type { Locale, RoleQuestion } from "./schemas";

// Pure: the widget state asks with roleQuestionFor, and the settings page previews the form as
// typed with localizeRoleQuestion.

type QuestionTexts = {
  trait: string;
  question: Record<Locale, string>;
  options: { value: string; label: Record<Locale, string> }[];
};

const pick = (english: string, translated: string | undefined) =>
  translated && translated.trim() !== "" ? translated : english;

/** The question in one language, English where a text is missing; options without a value are
 * left out. null with fewer than two options: a question with one answer is no question. */
export function localizeRoleQuestion(q: QuestionTexts, locale: Locale): WidgetRoleQuestion | null {
  const options = q.options.filter((o) => o.value.trim() !== "");
  if (options.length < 2) return null;
  return {
    trait: q.trait,
    question: pick(q.question.en, q.question[locale]),
    options: options.map((o) => ({ value: o.value, label: pick(o.label.en, o.label[locale]) || o.value })),
  };
}

/** The question for a user, or null: asked only while enabled, and only of users without a value
 * for the trait (an empty string counts as none). */
export function roleQuestionFor(
  config: RoleQuestion,
  traits: Record<string, unknown>,
  locale: Locale,
): WidgetRoleQuestion | null {
  if (!config.enabled) return null;
  const current = readPath(traits, config.trait);
  if (current !== undefined && current !== null && current !== "") return null;
  return localizeRoleQuestion(config, locale);
}
