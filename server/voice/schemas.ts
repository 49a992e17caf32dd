import { z } from "zod";
import { FEEDBACK_CATEGORIES } from "../contract/widget-protocol";
import { ZSurveyTrigger } from "../surveys/eligibility";

// The bodies of the widget's voice-of-customer endpoints (server/contract/widget-protocol.ts:
// SurveyNextRequest, VoiceMessage). No server imports beyond pure schemas.

export const MAX_COMMENT_CHARS = 5_000;
export const MAX_FEEDBACK_CHARS = 5_000;
export const MAX_PAGE_URL_CHARS = 2_000;
/** POST /api/v1/surveys/next carries a few ids: anything near this is not the widget. */
export const MAX_NEXT_BODY_BYTES = 16 * 1024;

const id = (name: string) =>
  z
    .string({ error: `${name} is required` })
    .trim()
    .min(1, `${name} is required`)
    .max(200, `${name} is longer than 200 characters`);
const locale = z.string().trim().max(35, "locale is longer than 35 characters").optional();
const timestamp = z.iso.datetime({ offset: true, message: "timestamp must be an ISO-8601 date-time" }).optional();

/** The host server's signature of the userId (docs/decisions/verified-identity.md). */
const userHash = z.string().max(2_000, "userHash is longer than 2,000 characters").optional();

/** POST /api/v1/surveys/next. */
export const ZSurveyNextBody = z.object({
  userId: id("userId"),
  userHash,
  trigger: ZSurveyTrigger,
  locale,
  messageId: id("messageId"),
});
export type SurveyNextBody = z.infer<typeof ZSurveyNextBody>;

const ZBase = z.object({ messageId: id("messageId"), userId: id("userId"), userHash, timestamp });

export const ZSurveyResponseMessage = ZBase.extend({
  type: z.literal("survey_response"),
  surveyId: id("surveyId"),
  displayId: id("displayId"),
  score: z.number({ error: "score must be a number" }).optional(),
  comment: z
    .string({ error: "comment must be text" })
    .max(MAX_COMMENT_CHARS, "comment is longer than 5,000 characters")
    .optional(),
  locale,
});

export const ZSurveyDismissMessage = ZBase.extend({
  type: z.literal("survey_dismiss"),
  surveyId: id("surveyId"),
  displayId: id("displayId"),
});

export const ZFeedbackMessage = ZBase.extend({
  type: z.literal("feedback"),
  text: z
    .string({ error: "text is required" })
    .trim()
    .min(1, "text is empty: write something before sending")
    .max(MAX_FEEDBACK_CHARS, "text is longer than 5,000 characters"),
  category: z
    .enum(FEEDBACK_CATEGORIES, { error: `category must be one of ${FEEDBACK_CATEGORIES.join(", ")}` })
    .optional(),
  pageUrl: z.string().trim().max(MAX_PAGE_URL_CHARS, "pageUrl is longer than 2,000 characters").optional(),
  locale,
});

/** One VoiceMessage, judged on its own. */
export const ZVoiceMessage = z.discriminatedUnion(
  "type",
  [ZSurveyResponseMessage, ZSurveyDismissMessage, ZFeedbackMessage],
  {
    error: (issue) =>
      issue.code === "invalid_union" ? "type must be one of survey_response, survey_dismiss, feedback" : undefined,
  },
);
export type VoiceMessageInput = z.infer<typeof ZVoiceMessage>;
export type SurveyResponseInput = z.infer<typeof ZSurveyResponseMessage>;
export type SurveyDismissInput = z.infer<typeof ZSurveyDismissMessage>;
export type FeedbackInput = z.infer<typeof ZFeedbackMessage>;

/** GET /api/v1/feedback. */
export const ZFeedbackListQuery = z.object({
  userId: id("userId"),
  userHash,
  writeKey: z.string().max(200).optional(),
});
