import { z } from "zod";
import { FEEDBACK_CATEGORIES, type WidgetFeedbackButton, type WidgetLocale } from "../contract/widget-protocol";

// Workspace.feedbackButton: the widget's always-open feedback button. Stored as JSON on the
// workspace; null (never configured) reads as the defaults, so the button is there from day one.

export const FEEDBACK_POSITIONS = ["bottom-left", "bottom-right", "middle-left", "middle-right"] as const;

const label = z.string().trim().max(30);

export const ZFeedbackButton = z.object({
  enabled: z.boolean().default(true),
  position: z.enum(FEEDBACK_POSITIONS).default("bottom-left"),
  /** Per locale; an empty label falls back to English, then to the default wording. */
  label: z
    .object({ en: label.default(""), fr: label.default(""), de: label.default("") })
    .default({ en: "", fr: "", de: "" }),
  /** The categories the form offers, in this order; none → the form asks for text only. */
  categories: z
    .array(z.enum(FEEDBACK_CATEGORIES))
    .max(FEEDBACK_CATEGORIES.length)
    .default(["idea", "problem", "praise"])
    .refine((list) => new Set(list).size === list.length, "Each category may appear once."),
});
export type FeedbackButtonConfig = z.infer<typeof ZFeedbackButton>;

export const DEFAULT_FEEDBACK_LABEL: Record<WidgetLocale, string> = {
  en: "Feedback",
  fr: "Votre avis",
  de: "Feedback",
};

export function readFeedbackButton(json: unknown): FeedbackButtonConfig {
  const parsed = ZFeedbackButton.safeParse(json ?? {});
  return parsed.success ? parsed.data : ZFeedbackButton.parse({});
}

/** What the widget gets (WidgetState.feedback): null when the button is turned off. */
export function localizeFeedbackButton(
  config: FeedbackButtonConfig,
  locale: WidgetLocale,
): WidgetFeedbackButton | null {
  if (!config.enabled) return null;
  const own = config.label[locale].trim() || config.label.en.trim() || DEFAULT_FEEDBACK_LABEL[locale];
  return { label: own, position: config.position, categories: [...config.categories] };
}
