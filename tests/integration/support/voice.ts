// Surveys inserted as rows, and the widget's voice-of-customer requests (POST /api/v1/surveys/next,
// POST /api/v1/responses, GET /api/v1/feedback) sent to their real handlers.
import type { SurveyNextResponse, WidgetFeedbackList } from "../../../server/contract/widget-protocol";
import type { Db } from "../../../server/db";
import { defaultTexts } from "../../../server/surveys/texts";
import type { ApiDeps } from "../../../server/http/deps";
import { handleFeedbackList } from "../../../server/voice/handle-feedback-list";
import { handleResponses } from "../../../server/voice/handle-responses";
import { handleSurveyNext } from "../../../server/voice/handle-survey-next";
import { unique } from "../../factories";

type Bag = Record<string, unknown>;

export type SurveyRowInput = {
  kind?: "nps" | "csat" | "ces" | "open";
  status?: "draft" | "active" | "paused" | "ended";
  texts?: unknown;
  targeting?: { personaIds?: string[]; conditions?: Bag[]; accountConditions?: Bag[] };
  trigger?: { type: "page_load" } | { type: "event"; event: string };
  minDaysSinceFirstSeen?: number;
  samplingPercent?: number;
  recurrenceDays?: number;
  recontactDays?: number;
  startsAt?: Date | null;
  endsAt?: Date | null;
};

/** A survey row as the editor would store it; active, on page load, for everyone, asked once. */
export async function insertSurvey(db: Db, workspaceId: string, input: SurveyRowInput = {}) {
  const kind = input.kind ?? "nps";
  return db.survey.create({
    data: {
      workspaceId,
      name: `Survey ${unique()}`,
      kind,
      status: input.status ?? "active",
      texts: (input.texts ?? defaultTexts(kind)) as object,
      targeting: { personaIds: [], conditions: [], accountConditions: [], ...input.targeting } as object,
      trigger: input.trigger ?? { type: "page_load" },
      minDaysSinceFirstSeen: input.minDaysSinceFirstSeen ?? 0,
      samplingPercent: input.samplingPercent ?? 100,
      recurrenceDays: input.recurrenceDays ?? 0,
      recontactDays: input.recontactDays ?? 0,
      startsAt: input.startsAt ?? null,
      endsAt: input.endsAt ?? null,
    },
    select: { id: true, kind: true },
  });
}

type ErrorBody = { error?: { code: string; message: string; issues?: { path: string; message: string }[] } };
export type Reply<T> = { status: number; body: T & ErrorBody; headers: Headers };

export type SendOpts = {
  key?: string;
  keyIn?: "body" | "header";
  contentType?: string;
  headers?: Record<string, string>;
};

function post(path: string, body: unknown, opts: SendOpts): Request {
  const headers: Record<string, string> = {
    "content-type": opts.contentType ?? "text/plain;charset=UTF-8",
    ...opts.headers,
  };
  let payload = body;
  if (opts.key && (opts.keyIn ?? "body") === "body" && body && typeof body === "object")
    payload = { ...(body as Bag), writeKey: opts.key };
  if (opts.key && opts.keyIn === "header") headers["x-write-key"] = opts.key;
  return new Request(`http://cairn.test${path}`, {
    method: "POST",
    headers,
    body: typeof payload === "string" ? payload : JSON.stringify(payload),
  });
}

async function reply<T>(response: Response): Promise<Reply<T>> {
  return { status: response.status, body: (await response.json()) as Reply<T>["body"], headers: response.headers };
}

/** POST /api/v1/surveys/next as the widget sends it (text/plain, key in the body). A fresh
 * messageId unless the body brings one. */
export async function askSurvey(
  deps: ApiDeps,
  body: Bag | string,
  opts: SendOpts = {},
): Promise<Reply<SurveyNextResponse>> {
  const full = typeof body === "string" ? body : { trigger: { type: "page_load" }, messageId: unique("ask-"), ...body };
  return reply(await handleSurveyNext(post("/api/v1/surveys/next", full, opts), deps));
}

export type VoiceBatchReply = {
  success?: boolean;
  accepted?: number;
  stored?: number;
  duplicates?: number;
  rejected?: { index: number; messageId?: string; status: number; error: string }[];
};

/** POST /api/v1/responses with these messages (or a raw body). */
export async function sendVoice(
  deps: ApiDeps,
  batch: unknown[] | string,
  opts: SendOpts = {},
): Promise<Reply<VoiceBatchReply>> {
  const body = typeof batch === "string" ? batch : { batch, sentAt: new Date().toISOString() };
  return reply(await handleResponses(post("/api/v1/responses", body, opts), deps));
}

/** GET /api/v1/feedback?userId=… with the key as an X-Write-Key header (or ?writeKey=). */
export async function fetchUserFeedback(
  deps: ApiDeps,
  query: Record<string, string>,
  opts: { key?: string; style?: "header" | "query" } = {},
): Promise<Reply<WidgetFeedbackList>> {
  const params = new URLSearchParams(query);
  const headers: Record<string, string> = {};
  if (opts.key && opts.style === "query") params.set("writeKey", opts.key);
  else if (opts.key) headers["x-write-key"] = opts.key;
  return reply(await handleFeedbackList(new Request(`http://cairn.test/api/v1/feedback?${params}`, { headers }), deps));
}

export const answer = (userId: string, surveyId: string, displayId: string, extra: Bag = {}): Bag => ({
  type: "survey_response",
  messageId: unique("ans-"),
  userId,
  timestamp: new Date().toISOString(),
  surveyId,
  displayId,
  ...extra,
});

export const dismissal = (userId: string, surveyId: string, displayId: string, extra: Bag = {}): Bag => ({
  type: "survey_dismiss",
  messageId: unique("dis-"),
  userId,
  timestamp: new Date().toISOString(),
  surveyId,
  displayId,
  ...extra,
});

export const feedbackMessage = (userId: string, text: string, extra: Bag = {}): Bag => ({
  type: "feedback",
  messageId: unique("fb-"),
  userId,
  timestamp: new Date().toISOString(),
  text,
  ...extra,
});
