// Airtouch's voice-of-customer setup: the four surveys, the public roadmap and the feedback
// button, as the seed stores them (airtouch-voice.ts gives them 12 weeks of history). Pure data.
import type { WidgetSurveyKind } from "../../server/contract/widget-protocol";
import type { FeedbackButtonConfig } from "../../server/feedback/button-config";
import type { SurveyTargeting, SurveyTrigger } from "../../server/surveys/eligibility";
import { defaultTexts, type SurveyTexts } from "../../server/surveys/texts";

/** Workspace-wide wait between any two surveys shown to one end user. */
export const AIRTOUCH_RECONTACT_DAYS = 14;

export type SurveyKey = "nps" | "csat" | "ces" | "open";

/** What an end user does with a survey once it is shown: answers, closes it, or leaves the page. */
export type Outcome = { respond: number; dismiss: number };

export type AirtouchSurvey = {
  key: SurveyKey;
  name: string;
  kind: WidgetSurveyKind;
  status: "active" | "paused";
  texts: SurveyTexts;
  /** Persona names (see PERSONAS in airtouch.ts), resolved to ids when stored. */
  personas: string[];
  trigger: SurveyTrigger;
  minDaysSinceFirstSeen: number;
  samplingPercent: number;
  recurrenceDays: number;
  recontactDays: number;
  /** Days into the history when it went live and, for a survey paused since, when it was paused. */
  liveFromOffset: number;
  pausedAtOffset?: number;
  outcome: Outcome;
};

function tuned(kind: WidgetSurveyKind, question: { en: string; fr: string; de: string }): SurveyTexts {
  const texts = defaultTexts(kind);
  return {
    en: { ...texts.en, question: question.en },
    fr: { ...texts.fr, question: question.fr },
    de: { ...texts.de, question: question.de },
  };
}

// minDaysSinceFirstSeen: a /demo visitor is a brand-new end user (first seen when they sign up in
// the picker), so any minimum above 0 would keep the NPS from every live demo user. NPS asks at
// the first run instead. CSAT and CES wait a few days, so a new user who adds a connection and
// saves a workflow on the way to their first run is not asked those first (the workspace's 14-day
// recontact window would then hold the NPS back).
export const AIRTOUCH_SURVEYS: readonly AirtouchSurvey[] = [
  {
    key: "nps",
    name: "Product NPS",
    kind: "nps",
    status: "active",
    texts: tuned("nps", {
      en: "How likely are you to recommend Airtouch to a friend or colleague?",
      fr: "Quelle est la probabilité que vous recommandiez Airtouch à un ami ou un collègue ?",
      de: "Wie wahrscheinlich ist es, dass Sie Airtouch einem Freund oder Kollegen empfehlen?",
    }),
    personas: [],
    trigger: { type: "event", event: "workflow_run" },
    minDaysSinceFirstSeen: 0,
    samplingPercent: 100,
    recurrenceDays: 90,
    recontactDays: 30,
    // A week in, once the first users had pipelines running: week 0 would have two answers.
    liveFromOffset: 7,
    outcome: { respond: 0.4, dismiss: 0.25 },
  },
  {
    key: "csat",
    name: "Connection setup CSAT",
    kind: "csat",
    status: "active",
    texts: tuned("csat", {
      en: "How satisfied are you with setting up this connection?",
      fr: "Êtes-vous satisfait de la configuration de cette connexion ?",
      de: "Wie zufrieden sind Sie mit der Einrichtung dieser Verbindung?",
    }),
    personas: ["Data engineer"],
    trigger: { type: "event", event: "connection_created" },
    minDaysSinceFirstSeen: 1,
    samplingPercent: 40,
    recurrenceDays: 30,
    recontactDays: 30,
    liveFromOffset: 0,
    outcome: { respond: 0.45, dismiss: 0.25 },
  },
  {
    key: "ces",
    name: "Workflow editor effort",
    kind: "ces",
    status: "active",
    texts: tuned("ces", {
      en: "How easy was it to build this workflow?",
      fr: "Avez-vous pu créer ce workflow facilement ?",
      de: "Wie einfach war es, diesen Workflow zu erstellen?",
    }),
    personas: [],
    trigger: { type: "event", event: "workflow_saved" },
    minDaysSinceFirstSeen: 7,
    samplingPercent: 50,
    recurrenceDays: 30,
    recontactDays: 30,
    liveFromOffset: 0,
    outcome: { respond: 0.38, dismiss: 0.28 },
  },
  {
    key: "open",
    name: "What should we build next?",
    kind: "open",
    status: "paused",
    texts: tuned("open", {
      en: "What should we build next?",
      fr: "Que devrions-nous construire ensuite ?",
      de: "Was sollen wir als Nächstes bauen?",
    }),
    personas: [],
    trigger: { type: "page_load" },
    minDaysSinceFirstSeen: 3,
    samplingPercent: 20,
    recurrenceDays: 0,
    recontactDays: 30,
    liveFromOffset: 14,
    pausedAtOffset: 35,
    outcome: { respond: 0.25, dismiss: 0.45 },
  },
];

export function surveyTargeting(personaIds: string[]): SurveyTargeting {
  return { personaIds, conditions: [], accountConditions: [] };
}

export type RoadmapKey =
  "schema-drift" | "retries" | "snowflake-speed" | "incremental-crm" | "sso" | "dbt" | "run-alerts" | "billing-page";

export type AirtouchRoadmapItem = {
  key: RoadmapKey;
  title: string;
  description: string;
  status: "considering" | "planned" | "in_progress" | "shipped";
  createdOffset: number;
  shippedOffset?: number;
  changelog?: string;
  /** Votes beyond the authors of the linked feedback. */
  extraVotes: number;
};

export const AIRTOUCH_ROADMAP: readonly AirtouchRoadmapItem[] = [
  {
    key: "retries",
    title: "Automatic retries for failed runs",
    description: "When a run fails on a timeout or a rate limit, Airtouch retries it with backoff before it tells you.",
    status: "shipped",
    createdOffset: 2,
    shippedOffset: 38,
    changelog:
      "Runs that fail on a network timeout, a rate limit (HTTP 429) or a lost warehouse session are now retried up to three times with exponential backoff. The run history shows each attempt, and you are only alerted when the last one fails.",
    extraVotes: 14,
  },
  {
    key: "snowflake-speed",
    title: "Faster Snowflake loads",
    description: "Load into Snowflake with staged files and COPY INTO instead of batched INSERTs.",
    status: "shipped",
    createdOffset: 9,
    shippedOffset: 63,
    changelog:
      "Snowflake destinations now stage compressed files and load them with COPY INTO. Large syncs are 4 to 6 times faster and use less warehouse time; nothing to change in your workflows.",
    extraVotes: 9,
  },
  {
    key: "schema-drift",
    title: "Schema drift alerts and auto-migration",
    description:
      "Detect added, renamed and retyped columns at the source, alert before the next run, and optionally apply the change to the destination table.",
    status: "in_progress",
    createdOffset: 5,
    extraVotes: 21,
  },
  {
    key: "run-alerts",
    title: "Slack and email alerts for failed runs",
    description: "Choose who hears about a failed or late run, per workflow, in Slack or by email.",
    status: "in_progress",
    createdOffset: 16,
    extraVotes: 12,
  },
  {
    key: "incremental-crm",
    title: "Incremental sync for Salesforce and HubSpot",
    description:
      "Read only the records changed since the last run instead of a full table scan, so CRM syncs stay within API limits.",
    status: "planned",
    createdOffset: 12,
    extraVotes: 16,
  },
  {
    key: "sso",
    title: "SAML single sign-on (Okta, Entra ID)",
    description: "Sign in with your identity provider and provision users from it.",
    status: "planned",
    createdOffset: 24,
    extraVotes: 7,
  },
  {
    key: "dbt",
    title: "Run dbt models after a sync",
    description:
      "Trigger a dbt Core or dbt Cloud job when a workflow finishes, and show its result in the run history.",
    status: "considering",
    createdOffset: 30,
    extraVotes: 10,
  },
  {
    key: "billing-page",
    title: "Clearer usage and billing page",
    description: "See the rows synced per workflow this month, what they cost, and where you stand against your plan.",
    status: "considering",
    createdOffset: 44,
    extraVotes: 5,
  },
];

/** Every category on, so the button's form offers questions too; a tab on the right edge, since
 * Airtouch's sidebar and its "Cairn calls" drawer own the bottom-left corner. */
export const AIRTOUCH_FEEDBACK_BUTTON: FeedbackButtonConfig = {
  enabled: true,
  position: "middle-right",
  label: { en: "Feedback", fr: "Votre avis", de: "Feedback" },
  categories: ["idea", "problem", "praise", "question"],
};
