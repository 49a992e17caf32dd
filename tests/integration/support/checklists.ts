// Checklists made through the real services, and GET /api/v1/widget requests, for the
// onboarding integration tests.
import type { WidgetState } from "../../../server/contract/widget-protocol";
import type { Db } from "../../../server/db";
import type { ApiDeps } from "../../../server/http/deps";
import { createChecklist } from "../../../server/onboarding/create-checklist";
import { handleWidgetState } from "../../../server/onboarding/handle-widget-state";
import { ZChecklistInput, type TChecklistFormInput } from "../../../server/onboarding/schemas";
import { setChecklistStatus } from "../../../server/onboarding/set-checklist-status";
import { unique } from "../../factories";

export async function insertChecklist(
  db: Db,
  workspaceId: string,
  input: Partial<TChecklistFormInput> = {},
  status: "draft" | "live" | "archived" = "live",
) {
  const parsed = ZChecklistInput.parse({
    title: `Checklist ${unique()}`,
    items: [{ title: "Run a workflow", completion: { event: "workflow_run" } }],
    ...input,
  });
  const checklist = await createChecklist({ db, workspaceId, input: parsed });
  if (status !== "draft") await setChecklistStatus({ db, workspaceId, id: checklist.id, status });
  return checklist;
}

export type WidgetReply = {
  status: number;
  body: WidgetState & { error?: { code: string; message: string; issues?: { path: string; message: string }[] } };
  headers: Headers;
};

/** GET /api/v1/widget as the widget sends it. `query` values are sent as given. */
export async function fetchWidgetState(
  deps: ApiDeps,
  query: Record<string, string>,
  opts: { key?: string; style?: "header" | "query" | "basic"; headers?: Record<string, string> } = {},
): Promise<WidgetReply> {
  const params = new URLSearchParams(query);
  const headers: Record<string, string> = { ...opts.headers };
  const style = opts.style ?? "header";
  if (opts.key && style === "query") params.set("writeKey", opts.key);
  if (opts.key && style === "header") headers["x-write-key"] = opts.key;
  if (opts.key && style === "basic") headers.authorization = `Basic ${Buffer.from(`${opts.key}:`).toString("base64")}`;
  const response = await handleWidgetState(new Request(`http://cairn.test/api/v1/widget?${params}`, { headers }), deps);
  return { status: response.status, body: (await response.json()) as WidgetReply["body"], headers: response.headers };
}
