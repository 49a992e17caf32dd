// `test` for the onboarding specs: one Airtouch-like workspace per worker (./db.ts), deep links
// into the Airtouch demo host, and locators for the widget (its shadow root is open, so
// getByTestId reaches inside it).
import { test as base, expect, type Page } from "@playwright/test";
import { createOnboardingWorkspace, type OnboardingWorkspace } from "./db";

export { expect };

export const test = base.extend<object, { cairn: OnboardingWorkspace }>({
  cairn: [
    async ({}, use) => {
      await use(await createOnboardingWorkspace());
    },
    { scope: "worker" },
  ],
});

export type DemoUserParams = {
  userId: string;
  /** "" or "none": no role (the widget's first-run question). */
  role?: string;
  locale?: "en" | "fr" | "de";
  accountId?: string;
  accountName?: string;
  existing?: boolean;
};

/** A deep link into Airtouch (app/demo/app/page.tsx documents the parameters), talking to the
 * test workspace through its write key. */
export function demoLink(path: string, writeKey: string, user: DemoUserParams): string {
  const params = new URLSearchParams({ userId: user.userId, writeKey });
  if (user.role !== undefined) params.set("role", user.role);
  if (user.locale) params.set("locale", user.locale);
  if (user.accountId) params.set("accountId", user.accountId);
  if (user.accountName) params.set("accountName", user.accountName);
  if (user.existing) params.set("existing", "1");
  return `/demo/app${path}?${params}`;
}

/** The widget's parts, inside its shadow root. */
export function widget(page: Page) {
  const items = page.getByTestId("cairn-item");
  return {
    launcher: page.getByTestId("cairn-launcher"),
    panel: page.getByTestId("cairn-panel"),
    title: page.getByTestId("cairn-panel").locator("#cairn-title"),
    count: page.getByTestId("cairn-count"),
    allDone: page.getByTestId("cairn-all-done"),
    dismiss: page.getByTestId("cairn-dismiss"),
    roleQuestion: page.getByTestId("cairn-role-question"),
    roleOption: (label: string) => page.getByTestId("cairn-role-option").filter({ hasText: label }),
    items,
    item: (title: string) => items.filter({ hasText: title }),
    // Surveys
    survey: page.getByTestId("cairn-survey"),
    surveyScale: page.getByTestId("cairn-survey-scale"),
    score: (n: number) => page.getByTestId("cairn-survey-scale").getByRole("radio", { name: new RegExp(`^${n}(:|$)`) }),
    surveyComment: page.getByTestId("cairn-survey-comment"),
    surveySend: page.getByTestId("cairn-survey-send"),
    surveyThanks: page.getByTestId("cairn-survey-thanks"),
    surveyClose: page.getByTestId("cairn-survey-close"),
    // The feedback button
    feedbackButton: page.getByTestId("cairn-feedback-button"),
    feedbackPanel: page.getByTestId("cairn-feedback-panel"),
    feedbackText: page.getByTestId("cairn-feedback-text"),
    feedbackCategory: (label: string) => page.getByTestId("cairn-feedback-category").filter({ hasText: label }),
    feedbackSend: page.getByTestId("cairn-feedback-send"),
    feedbackThanks: page.getByTestId("cairn-feedback-thanks"),
    feedbackClose: page.getByTestId("cairn-feedback-close"),
    feedbackMine: page.getByTestId("cairn-feedback-mine"),
    feedbackItems: page.getByTestId("cairn-feedback-item"),
  };
}

/** Resolves with the next POST /api/v1/surveys/next reply (its request body and answer). */
export function surveyNextResponse(
  page: Page,
  predicate: (request: { userId: string; trigger: { type: string; event?: string } }) => boolean = () => true,
) {
  return page
    .waitForResponse((res) => {
      if (new URL(res.url()).pathname !== "/api/v1/surveys/next" || res.request().method() !== "POST") return false;
      return predicate(JSON.parse(res.request().postData() ?? "{}"));
    })
    .then(async (res) => ({
      status: res.status(),
      request: JSON.parse(res.request().postData() ?? "{}") as {
        userId: string;
        messageId: string;
        trigger: { type: string; event?: string };
      },
      body: (await res.json()) as { survey: { displayId: string } | null },
    }));
}

/** Resolves with the next GET /api/v1/widget answer for `userId` that lists checklists or not
 * (`predicate`), e.g. to know the widget has decided before asserting that nothing shows. */
export function widgetStateResponse(
  page: Page,
  userId: string,
  predicate: (body: { checklists: unknown[] }) => boolean = () => true,
) {
  return page.waitForResponse(async (res) => {
    const url = new URL(res.url());
    if (url.pathname !== "/api/v1/widget" || url.searchParams.get("userId") !== userId || res.status() !== 200)
      return false;
    return predicate((await res.json()) as { checklists: unknown[] });
  });
}
