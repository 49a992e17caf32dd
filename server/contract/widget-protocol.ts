// The wire contract between the widget runtime (browser) and Cairn's REST API. Everything in
// server/contract/ is client-safe (no Node, Prisma or zod imports): the widget build bundles it
// and the server imports it, so the two cannot drift apart.

export type WidgetLocale = "en" | "fr" | "de";

/** GET /api/v1/widget?userId=…&locale=… (write key as X-Write-Key header or ?writeKey=). */
export type WidgetStateQuery = { userId: string; locale?: string; userHash?: string };

/** The host server's signature of the userId (HMAC-SHA256 hex with the workspace's identity
 * secret, or an HS256 JWT), required on every call about a user when the workspace requires
 * verified identity (docs/decisions/verified-identity.md). */
export type UserHash = string;

export type WidgetChecklistItem = {
  id: string;
  title: string;
  body: string;
  ctaUrl: string | null;
  /** The track event that completes the item (lets the runtime tick it the moment it is tracked). */
  completionEvent: string;
  /** Optional property condition on that event, evaluated like server/audience/condition.ts. */
  completionWhere: { key: string; op: "equals" | "in" | "contains" | "exists"; value?: string | string[] } | null;
  scope: "user" | "account";
  done: boolean;
  completedAt: string | null;
};

export type WidgetChecklist = {
  id: string;
  title: string;
  description: string;
  items: WidgetChecklistItem[];
  dismissed: boolean;
  /** All items done. */
  completed: boolean;
};

export type WidgetRoleQuestion = {
  /** The trait the answer sets with an identify call, e.g. "role". */
  trait: string;
  question: string;
  options: { value: string; label: string }[];
};

export type WidgetState = {
  user: { userId: string; persona: string | null; locale: WidgetLocale };
  /** Checklists this user should see (targeted, live, not in the holdout), localized. */
  checklists: WidgetChecklist[];
  /** Asked when the workspace enables it and the user has no value for its trait yet. */
  roleQuestion: WidgetRoleQuestion | null;
  /** How long the runtime waits before fetching the state again (server-side completions). */
  pollAfterMs: number;
  /** The always-open feedback button, or null when the workspace turned it off. */
  feedback: WidgetFeedbackButton | null;
  /** Event names that trigger an active survey: tracking one asks POST /api/v1/surveys/next.
   * (Page-load surveys are asked for once per page load and on every page() call.) */
  surveyEvents: string[];
};

/**
 * The runtime reports checklist UI actions as ordinary track calls through /api/v1/batch (so they
 * share the queue, retries and messageId dedupe), with these names and `{ checklistId }` as
 * properties. Ingest applies them to ChecklistProgress.
 */
export const CHECKLIST_EVENTS = {
  seen: "$checklist_seen",
  dismissed: "$checklist_dismissed",
  reopened: "$checklist_reopened",
} as const;

// ---------------------------------------------------------------- voice of customer

export type WidgetSurveyKind = "nps" | "csat" | "ces" | "open";

/** How a score reads: NPS detractor / passive / promoter, and the same three tones for CSAT and
 * CES (server/contract/score-tone.ts). The follow-up question is chosen by it. */
export type ScoreTone = "negative" | "neutral" | "positive";

export type SurveyTriggerContext = { type: "page_load" } | { type: "event"; event: string };

/**
 * POST /api/v1/surveys/next — body { writeKey, userId, trigger, locale?, messageId }.
 * The server runs every eligibility rule (server/surveys/eligibility.ts) and, when a survey is
 * eligible, records the SurveyDisplay at once and returns it: the widget asks only when it can
 * show the survey right away (no checklist panel or role question open). `messageId` makes a
 * retried request return the same display instead of recording a second one.
 */
export type SurveyNextRequest = {
  userId: string;
  userHash?: UserHash;
  trigger: SurveyTriggerContext;
  locale?: string;
  messageId: string;
};

export type WidgetSurvey = {
  displayId: string;
  surveyId: string;
  kind: WidgetSurveyKind;
  locale: WidgetLocale;
  question: string;
  /** Labels under the two ends of the scale ("Not at all likely" … "Extremely likely"); "" for open. */
  lowLabel: string;
  highLabel: string;
  /** The follow-up question by the score's tone; an open survey shows none (its question is free text). */
  followUp: Record<ScoreTone, string>;
  thankYou: string;
};

export type SurveyNextResponse = { survey: WidgetSurvey | null };

export const FEEDBACK_CATEGORIES = ["idea", "problem", "praise", "question"] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

/**
 * POST /api/v1/responses — body { writeKey, batch: VoiceMessage[], sentAt }: survey answers,
 * survey dismissals and feedback. The runtime queues them like events (same Queue class, its own
 * storage entry), the server dedupes by messageId and validates each one. The reply has the shape
 * of /api/v1/batch's ({ success, accepted, stored, duplicates, rejected: [{ index, messageId,
 * status, error }] }); when every message is refused the HTTP status is the first refusal's
 * (400 bad input, 404 unknown survey/display/user, 409 display already answered) with
 * { error: { code, message } }.
 */
export type VoiceMessage =
  | {
      type: "survey_response";
      messageId: string;
      userId: string;
      userHash?: UserHash;
      timestamp: string;
      surveyId: string;
      displayId: string;
      /** Required for nps / csat / ces (on the kind's scale), absent for open. */
      score?: number;
      /** Up to 5,000 characters; required for open surveys. */
      comment?: string;
      locale?: string;
    }
  | {
      type: "survey_dismiss";
      messageId: string;
      userId: string;
      userHash?: UserHash;
      timestamp: string;
      surveyId: string;
      displayId: string;
    }
  | {
      type: "feedback";
      messageId: string;
      userId: string;
      userHash?: UserHash;
      timestamp: string;
      /** 1–5,000 characters. */
      text: string;
      category?: FeedbackCategory;
      pageUrl?: string;
      locale?: string;
    };

/** The feedback button as the workspace configured it, localized (WidgetState.feedback). */
export type WidgetFeedbackButton = {
  label: string;
  position: "bottom-left" | "bottom-right" | "middle-left" | "middle-right";
  categories: FeedbackCategory[];
};

/** What an end user sees of their own feedback. `status` is the public reading of the PM's
 * triage: new → received; triaged → under_review; linked → the roadmap item's status
 * (considering → under_review); duplicate → the original's public status; dismissed → closed. */
export type WidgetFeedbackStatus = "received" | "under_review" | "planned" | "in_progress" | "shipped" | "closed";

export type WidgetFeedbackItem = {
  id: string;
  /** The first 280 characters. */
  text: string;
  category: FeedbackCategory | null;
  status: WidgetFeedbackStatus;
  /** The public roadmap item it was linked to (directly or through the original of a duplicate). */
  roadmapTitle: string | null;
  createdAt: string;
};

/** GET /api/v1/feedback?userId=… (write key as for /api/v1/widget): the user's latest 20. */
export type WidgetFeedbackList = { items: WidgetFeedbackItem[] };
