// The holdout: users a checklist is targeted at but who are kept from seeing it, so its impact
// can be measured against them. Which users fall in it is the project's holdout function of the
// checklist and the stored user; the test picks one user on each side of it.
import type { APIRequestContext } from "@playwright/test";
import {
  completionKeys,
  eventsOf,
  findEndUser,
  findProgress,
  HOLDOUT_ROLE,
  inHoldout,
  uniqueId,
  type OnboardingWorkspace,
} from "./support/db";
import { demoLink, expect, test, widget, widgetStateResponse } from "./support/fixtures";

test.use({ viewport: { width: 1600, height: 1000 } });

/** Users the host already told Cairn about (a product manager each), by holdout side. */
async function pickUsers(
  request: APIRequestContext,
  cairn: OnboardingWorkspace,
): Promise<{ held: string; exposed: string }> {
  const prefix = `pm-${uniqueId()}`;
  let held: string | null = null;
  let exposed: string | null = null;
  // Half of them are held out (HOLDOUT_PERCENT): 40 tries all on one side has odds of 2^-39.
  for (let i = 0; i < 40 && !(held && exposed); i++) {
    const userId = `${prefix}-${i}`;
    const res = await request.post("/api/v1/identify", {
      headers: { "X-Write-Key": cairn.writeKey },
      data: { userId, traits: { role: HOLDOUT_ROLE, name: `PM ${i}` }, messageId: `${userId}-identify` },
    });
    expect(res.status()).toBe(200);
    const user = (await findEndUser(cairn.workspaceId, userId))!;
    if (inHoldout(cairn.holdout, user.id)) held ??= userId;
    else exposed ??= userId;
  }
  if (!held || !exposed) throw new Error("No user landed on one side of the holdout.");
  return { held, exposed };
}

test("a user in a checklist's holdout sees no checklist, even after doing its step, and is recorded as held out", async ({
  browser,
  page,
  request,
  cairn,
}) => {
  const { held, exposed } = await pickUsers(request, cairn);

  // The control: a user on the other side of the hash sees the checklist.
  const otherContext = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const other = await otherContext.newPage();
  await other.goto(demoLink("", cairn.writeKey, { userId: exposed, role: HOLDOUT_ROLE, existing: true }));
  await expect(widget(other).title).toHaveText("Plan your rollout");
  const exposedRow = (await findEndUser(cairn.workspaceId, exposed))!;
  expect((await findProgress(cairn.holdout.id, exposedRow.id))?.group).toBe("exposed");
  await otherContext.close();

  const state = widgetStateResponse(page, held);
  await page.goto(demoLink("", cairn.writeKey, { userId: held, role: HOLDOUT_ROLE, existing: true }));
  const body = (await (await state).json()) as { checklists: unknown[]; roleQuestion: unknown };
  expect(body.checklists).toEqual([]);
  expect(body.roleQuestion).toBeNull();

  const heldRow = (await findEndUser(cairn.workspaceId, held))!;
  expect(await findProgress(cairn.holdout.id, heldRow.id)).toMatchObject({ group: "holdout", seenAt: null });

  // They do the checklist's step anyway: ingest records it (the impact report compares both
  // groups), and still nothing shows.
  await page.getByTestId("nav-team").click();
  await page.getByTestId("invite-email").fill("lee@orbit-health.example");
  await page.getByTestId("invite-colleague").click();
  await expect
    .poll(async () => (await eventsOf(cairn.workspaceId, held)).filter((e) => e.name === "colleague_invited").length)
    .toBe(1);
  await expect.poll(() => completionKeys(cairn.holdout.items[0]!.id, [`u:${heldRow.id}`])).toEqual([`u:${heldRow.id}`]);
  // The always-open feedback button is all the widget shows them.
  await expect(widget(page).feedbackButton).toBeVisible();
  await expect(widget(page).panel).toHaveCount(0);
  await expect(widget(page).launcher).toHaveCount(0);
  expect(await findProgress(cairn.holdout.id, heldRow.id)).toMatchObject({ group: "holdout", seenAt: null });
  // The widget never reported the checklist as seen for them.
  expect((await eventsOf(cairn.workspaceId, held)).filter((e) => e.name.startsWith("$checklist_"))).toEqual([]);
});
