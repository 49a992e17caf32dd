// Voice of customer in the Airtouch demo host (/demo): the NPS survey that running a workflow
// triggers, the answers' delivery when the network misbehaves, and the always-open feedback
// button. Data: one workspace per worker with an active NPS survey on `workflow_run`
// (support/db.ts createVoiceWorkspace); each test is a new end user.
import type { Page, Route } from "@playwright/test";
import {
  buttonFeedbackOf,
  createVoiceWorkspace,
  db,
  surveyDisplaysOf,
  surveyResponsesOf,
  uniqueId,
  type VoiceWorkspace,
} from "./support/db";
import { demoLink, expect, surveyNextResponse, test as base, widget } from "./support/fixtures";

const test = base.extend<object, { voice: VoiceWorkspace }>({
  voice: [
    async ({}, use) => {
      await use(await createVoiceWorkspace());
    },
    { scope: "worker" },
  ],
});

test.use({ viewport: { width: 1600, height: 1000 } });

const QUESTION = "How likely are you to recommend us to a friend or colleague?";
const PROMOTER_FOLLOW_UP = "Great to hear! What do you like most?";

/** Creates a workflow, saves it and runs it: Airtouch tracks `workflow_run` when the run ends. */
async function runWorkflow(page: Page) {
  await page.getByTestId("nav-workflows").click();
  await page.getByTestId("new-workflow").click();
  await expect(page).toHaveURL(/\/demo\/app\/workflows\/wf_/);
  await page.getByTestId("save-workflow").click();
  await page.getByTestId("run-workflow").click();
  await expect(page.getByTestId("run-result")).toBeVisible();
}

const POSITIONS = ["bottom-left", "bottom-right", "middle-left", "middle-right"] as const;
type ButtonPosition = (typeof POSITIONS)[number];

/** Sets the workspace's feedback button; without arguments, the defaults a workspace that never
 * configured it reads. */
async function placeFeedbackButton(
  workspaceId: string,
  position: ButtonPosition = "bottom-left",
  label = "",
  categories = ["idea", "problem", "praise"],
) {
  await db.workspace.update({
    where: { id: workspaceId },
    data: { feedbackButton: { enabled: true, position, label: { en: label, fr: "", de: "" }, categories } },
  });
}

const isRunTrigger = (r: { trigger: { type: string; event?: string } }) =>
  r.trigger.type === "event" && r.trigger.event === "workflow_run";

test.describe(() => {
  // Wide enough that the checklist panel (fixed, bottom right) leaves the demo's Run button free.
  test.use({ viewport: { width: 2200, height: 1000 } });

  test("running a workflow brings the NPS survey once the checklist is closed; 9 with a comment is stored, and the user is not asked again", async ({
    page,
    voice,
  }) => {
    const userId = `nps-${uniqueId()}`;
    const asks: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/api/v1/surveys/next") asks.push(r.postData() ?? "");
    });
    await page.goto(demoLink("", voice.writeKey, { userId, role: "data engineer" }));
    const w = widget(page);
    // First sight of the checklist opens its panel: a survey never shows over it, so the widget
    // does not even ask for the run's survey while it is open. (It may have asked for a page-load
    // survey before the checklist arrived: there is none.)
    await expect(w.panel).toBeVisible();
    await runWorkflow(page);
    await page.waitForTimeout(1000);
    expect(asks.filter((body) => body.includes('"event"'))).toEqual([]);
    await expect(w.survey).toHaveCount(0);

    // Closing the panel frees the screen: the widget asks for the trigger that waited.
    const asked = surveyNextResponse(page, isRunTrigger);
    await w.launcher.click();
    await expect(w.panel).toBeHidden();
    expect((await asked).body.survey?.displayId).toBeTruthy();
    await expect(w.survey).toBeVisible();
    await expect(w.survey).toContainText(QUESTION);
    await expect(w.surveyScale.getByRole("radio")).toHaveCount(11);
    await expect(w.survey).toContainText("Not at all likely");
    await expect(w.survey).toContainText("Extremely likely");
    await expect.poll(() => surveyDisplaysOf(voice.workspaceId, userId)).toHaveLength(1);

    // Opening the checklist hides the card without dismissing it; it is back when the panel closes.
    await w.launcher.click();
    await expect(w.panel).toBeVisible();
    await expect(w.survey).toHaveCount(0);
    await w.launcher.click();
    await expect(w.survey).toBeVisible();
    expect((await surveyDisplaysOf(voice.workspaceId, userId)).map((d) => d.dismissedAt)).toEqual([null]);

    await w.score(9).click();
    await expect(w.score(9)).toHaveAttribute("aria-checked", "true");
    await expect(w.survey).toContainText(PROMOTER_FOLLOW_UP);
    await expect(w.surveyComment).toBeFocused();
    await w.surveyComment.fill("Syncs are fast and I never think about them.");
    await w.surveySend.click();
    await expect(w.surveyThanks).toHaveText("Thank you! Your answer helps us improve.");
    // The thank-you closes itself.
    await expect(w.survey).toHaveCount(0, { timeout: 10_000 });

    await expect
      .poll(() => surveyResponsesOf(voice.workspaceId, userId))
      .toEqual([
        expect.objectContaining({
          surveyId: voice.surveyId,
          score: 9,
          comment: "Syncs are fast and I never think about them.",
          feedback: { source: "survey", text: "Syncs are fast and I never think about them." },
        }),
      ]);

    // Inside the survey's window: a reload and another run ask again, and the server says no.
    await page.reload();
    await expect(page.getByTestId("airtouch-app")).toBeVisible();
    const again = surveyNextResponse(page, isRunTrigger);
    await runWorkflow(page);
    const reply = await again;
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ survey: null });
    await page.waitForTimeout(500);
    await expect(w.survey).toHaveCount(0);
    expect(await surveyDisplaysOf(voice.workspaceId, userId)).toHaveLength(1);
    expect(await surveyResponsesOf(voice.workspaceId, userId)).toHaveLength(1);

    // The PM sees the answer in the survey's report and the comment in the feedback inbox.
    await page.goto(`/signin?next=/w/${voice.slug}/surveys/${voice.surveyId}/report`);
    await page.getByLabel("Email").fill(voice.pm.email);
    await page.getByLabel("Password").fill(voice.pm.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/surveys/${voice.surveyId}/report`));
    await expect(page.getByTestId("survey-responses-count")).toContainText("1");
    await expect(page.getByTestId("survey-user-nps")).toContainText("100");
    await expect(
      page.getByTestId("verbatim").filter({ hasText: "Syncs are fast and I never think about them." }),
    ).toHaveCount(1);
    await page.goto(`/w/${voice.slug}/feedback`);
    const verbatim = page
      .getByTestId("feedback-row")
      .filter({ hasText: "Syncs are fast and I never think about them." });
    await expect(verbatim).toHaveCount(1);
    await expect(verbatim).toHaveAttribute("data-status", "new");
  });
});

test("the NPS scale is answered with the keyboard alone, and Escape on a fresh card records a dismissal", async ({
  browser,
  page,
  voice,
}) => {
  const userId = `kbd-${uniqueId()}`;
  await page.goto(demoLink("", voice.writeKey, { userId, role: "data engineer" }));
  const w = widget(page);
  await expect(w.panel).toBeVisible();
  await w.launcher.click();
  await runWorkflow(page);
  await expect(w.survey).toBeVisible();

  // The card took the focus (the user was not typing): Tab reaches the scale, arrows move, Enter picks.
  await expect(w.survey.locator("#cairn-sq")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(w.score(0)).toBeFocused();
  for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowRight");
  await expect(w.score(8)).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(w.score(8)).toHaveAttribute("aria-checked", "true");
  await expect(w.survey).toContainText("Thanks! What is the main thing we could do better?");
  await expect(w.surveyComment).toBeFocused();
  await page.keyboard.type("Scheduling every 15 minutes.");
  await page.keyboard.press("Tab");
  await expect(w.surveySend).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(w.surveyThanks).toBeVisible();
  await expect
    .poll(() => surveyResponsesOf(voice.workspaceId, userId))
    .toEqual([expect.objectContaining({ score: 8, comment: "Scheduling every 15 minutes." })]);

  // Another user closes the card with Escape before picking a score: a dismissal, no answer.
  const otherId = `esc-${uniqueId()}`;
  const ctx = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const other = await ctx.newPage();
  await other.goto(demoLink("", voice.writeKey, { userId: otherId, role: "data engineer" }));
  const ow = widget(other);
  await expect(ow.panel).toBeVisible();
  await ow.launcher.click();
  await runWorkflow(other);
  await expect(ow.survey).toBeVisible();
  await expect(ow.survey.locator("#cairn-sq")).toBeFocused();
  await other.keyboard.press("Escape");
  await expect(ow.survey).toHaveCount(0);
  await expect
    .poll(async () => (await surveyDisplaysOf(voice.workspaceId, otherId)).map((d) => Boolean(d.dismissedAt)))
    .toEqual([true]);
  expect(await surveyResponsesOf(voice.workspaceId, otherId)).toEqual([]);
  await ctx.close();
});

test("an answer given while /api/v1/responses is unreachable arrives once it is back, exactly once", async ({
  page,
  voice,
}) => {
  const userId = `net-${uniqueId()}`;
  await page.goto(demoLink("", voice.writeKey, { userId, role: "data engineer" }));
  const w = widget(page);
  await expect(w.panel).toBeVisible();
  await w.launcher.click();

  // "block": nothing gets through; "lose": the next batch reaches the server but the browser
  // never hears back (so it must send it again); "pass".
  let mode: "block" | "lose" | "pass" = "block";
  const attempts = new Map<string, number>();
  await page.route("**/api/v1/responses", async (route: Route) => {
    const body = JSON.parse(route.request().postData() ?? "{}") as { batch?: { messageId: string }[] };
    for (const m of body.batch ?? []) attempts.set(m.messageId, (attempts.get(m.messageId) ?? 0) + 1);
    if (mode === "block") return route.abort("internetdisconnected");
    if (mode === "lose") {
      mode = "pass";
      await route.fetch();
      return route.abort("connectionreset");
    }
    return route.continue();
  });

  await runWorkflow(page);
  await expect(w.survey).toBeVisible();
  await w.score(9).click();
  await w.surveyComment.fill("Works offline too, apparently.");
  await w.surveySend.click();
  await expect(w.surveyThanks).toBeVisible();

  // Waiting in the voice queue's own localStorage entry, retried with backoff.
  await expect.poll(() => Math.max(0, ...attempts.values())).toBeGreaterThanOrEqual(2);
  const queued = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("cairn_q_"))
      .map((k) => JSON.parse(localStorage.getItem(k)!) as { e: string; m: { type: string; score?: number }[] })
      .filter((q) => q.e.endsWith("/api/v1/responses"))
      .flatMap((q) => q.m),
  );
  expect(queued).toEqual([
    expect.objectContaining({ type: "survey_response", score: 9, comment: "Works offline too, apparently." }),
  ]);
  expect(await surveyResponsesOf(voice.workspaceId, userId)).toEqual([]);

  // Back, but the first reply is lost: the browser sends again, the server keeps one.
  mode = "lose";
  await expect.poll(() => surveyResponsesOf(voice.workspaceId, userId), { timeout: 30_000 }).toHaveLength(1);
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            Object.keys(localStorage).filter(
              (k) => k.startsWith("cairn_q_") && localStorage.getItem(k)!.includes("/api/v1/responses"),
            ).length,
        ),
      { timeout: 30_000 },
    )
    .toBe(0);
  const [messageId, sent] = [...attempts.entries()][0]!;
  expect(attempts.size).toBe(1);
  expect(sent).toBeGreaterThanOrEqual(4);
  const rows = await surveyResponsesOf(voice.workspaceId, userId);
  expect(rows).toEqual([
    expect.objectContaining({
      score: 9,
      comment: "Works offline too, apparently.",
      feedback: { source: "survey", text: "Works offline too, apparently." },
    }),
  ]);
  expect(await db.surveyResponse.count({ where: { workspaceId: voice.workspaceId, messageId } })).toBe(1);
});

test("the feedback button: send an idea, see the thank-you, close, reopen, and find it under Your feedback as received", async ({
  page,
  voice,
}) => {
  const userId = `fb-${uniqueId()}`;
  await page.goto(demoLink("/connections", voice.writeKey, { userId, role: "data engineer" }));
  const w = widget(page);
  await expect(w.panel).toBeVisible();
  await expect(w.feedbackButton).toHaveText("Feedback");

  // Opening the feedback panel closes the checklist panel (and the other way round).
  await w.feedbackButton.click();
  await expect(w.feedbackPanel).toBeVisible();
  await expect(w.panel).toBeHidden();
  await expect(w.feedbackButton).toHaveAttribute("aria-expanded", "true");
  await expect(w.feedbackText).toBeFocused();
  await expect(w.feedbackPanel.getByTestId("cairn-feedback-category")).toHaveText(["Idea", "Problem", "Praise"]);
  await w.launcher.click();
  await expect(w.panel).toBeVisible();
  await expect(w.feedbackPanel).toHaveCount(0);
  await w.feedbackButton.click();
  await expect(w.panel).toBeHidden();

  const text = "Let me schedule syncs every 15 minutes.";
  await w.feedbackText.fill(text);
  await w.feedbackCategory("Idea").click();
  await expect(w.feedbackCategory("Idea")).toHaveAttribute("aria-pressed", "true");
  await w.feedbackSend.click();
  await expect(w.feedbackThanks).toHaveText("Thank you! We read everything you send.");

  await w.feedbackClose.click();
  await expect(w.feedbackPanel).toHaveCount(0);
  await expect(w.feedbackButton).toBeFocused();
  await expect
    .poll(() => buttonFeedbackOf(voice.workspaceId, userId))
    .toEqual([
      {
        text,
        category: "idea",
        status: "new",
        pageUrl: expect.stringContaining("/demo/app/connections"),
        locale: "en",
      },
    ]);

  // Reopened any time: a fresh form, and the list of what this user sent.
  await w.feedbackButton.click();
  await expect(w.feedbackText).toHaveValue("");
  await w.feedbackMine.click();
  await expect(w.feedbackPanel.locator("#cairn-fbt")).toHaveText("Your feedback");
  await expect(w.feedbackItems).toHaveCount(1);
  await expect(w.feedbackItems.first()).toContainText(text);
  await expect(w.feedbackItems.first()).toContainText("Idea");
  await expect(w.feedbackItems.first().getByTestId("cairn-feedback-status")).toHaveText("Received");
  await page.keyboard.press("Escape");
  await expect(w.feedbackPanel).toHaveCount(0);
});

test("the feedback button never overlaps the checklist launcher, wherever it is placed", async ({ page, voice }) => {
  const userId = `pos-${uniqueId()}`;
  const w = widget(page);
  const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  try {
    for (const position of POSITIONS) {
      await placeFeedbackButton(voice.workspaceId, position, "Ideas & bugs", ["idea", "problem"]);
      await page.goto(demoLink("", voice.writeKey, { userId, role: "data engineer" }));
      await expect(w.feedbackButton).toHaveText("Ideas & bugs");
      await expect(w.launcher).toBeVisible();
      await expect(w.panel).toBeVisible();
      const [button, launcher, panel] = [
        (await w.feedbackButton.boundingBox())!,
        (await w.launcher.boundingBox())!,
        (await w.panel.boundingBox())!,
      ];
      expect(overlap(button, launcher), position).toBe(false);
      expect(overlap(button, panel), position).toBe(false);
      if (position.startsWith("middle")) expect(button.height, position).toBeGreaterThan(button.width);
    }
  } finally {
    await placeFeedbackButton(voice.workspaceId);
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the checklist panel, the survey card and the feedback form fit the screen, wherever the button is", async ({
    page,
    voice,
  }) => {
    const w = widget(page);
    const inside = async (name: string, box: { x: number; y: number; width: number; height: number } | null) => {
      expect(box, name).not.toBeNull();
      expect(box!.x, `${name} starts inside the left edge`).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `${name} ends inside the right edge`).toBeLessThanOrEqual(390);
      expect(box!.y, `${name} starts below the top`).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, `${name} ends above the bottom`).toBeLessThanOrEqual(844);
    };
    try {
      for (const position of POSITIONS) {
        await placeFeedbackButton(voice.workspaceId, position);
        // A new user each time (the survey has not been shown yet). On a phone the panel would
        // cover the page's controls, so it does not open by itself: the user opens it.
        await page.goto(demoLink("", voice.writeKey, { userId: `phone-${uniqueId()}`, role: "data engineer" }));
        await expect(w.launcher).toHaveAttribute("aria-expanded", "false");
        await w.launcher.click();
        await expect(w.panel).toBeVisible();
        await inside(`checklist panel (${position})`, await w.panel.boundingBox());

        // The NPS survey follows a workflow run once the checklist is closed.
        const asked = surveyNextResponse(page, isRunTrigger);
        await page.evaluate(() =>
          (window as unknown as { cairn: { track(e: string, p: object): void } }).cairn.track("workflow_run", {}),
        );
        await w.launcher.click();
        await expect(w.panel).toBeHidden();
        await asked;
        await expect(w.survey).toBeVisible();
        await inside(`survey card (${position})`, await w.survey.boundingBox());
        await w.surveyClose.click();
        await expect(w.survey).toHaveCount(0);

        await w.feedbackButton.click();
        await expect(w.feedbackPanel).toBeVisible();
        await inside(`feedback form (${position})`, await w.feedbackPanel.boundingBox());
      }
    } finally {
      await placeFeedbackButton(voice.workspaceId);
    }
  });
});
