// A viewer opens the editors they may read but not change: each says so above its disabled
// fields, instead of fields that simply do not respond; and the mail log, an instance page, keeps
// the dashboard's navigation. One sign-in (the suite shares a per-address sign-in limit).
import { expect, test } from "@playwright/test";
import { db, signUpConfirmed, uniqueId } from "./support/db";
import { createWorkspace } from "@/server/workspaces/workspaces";
import { createChecklist } from "@/server/onboarding/create-checklist";
import { ZChecklistInput } from "@/server/onboarding/schemas";
import { defaultTexts } from "@/server/surveys/texts";

const PASSWORD = "correct horse battery";
let data: { slug: string; email: string; checklistId: string; surveyId: string };

test.beforeAll(async () => {
  const id = uniqueId();
  const admin = await signUpConfirmed({ name: "Ro Admin", email: `ro-admin-${id}@example.com`, password: PASSWORD });
  const ws = await createWorkspace({ db, userId: admin.id, input: { name: `Read only ${id}` } });
  const viewer = await signUpConfirmed({ name: "Ro Viewer", email: `ro-viewer-${id}@example.com`, password: PASSWORD });
  await db.member.create({ data: { workspaceId: ws.id, userId: viewer.id, role: "viewer" } });
  const checklist = await createChecklist({
    db,
    workspaceId: ws.id,
    input: ZChecklistInput.parse({
      title: "Get started",
      items: [{ title: "Run a workflow", completion: { event: "workflow_run" } }],
    }),
  });
  const survey = await db.survey.create({
    data: {
      workspaceId: ws.id,
      name: "Quarterly NPS",
      kind: "nps",
      status: "draft",
      texts: defaultTexts("nps"),
      targeting: {},
      trigger: { type: "page_load" },
    },
  });
  data = { slug: ws.slug, email: viewer.email, checklistId: checklist.id, surveyId: survey.id };
});

test("a viewer is told that the editors are read only", async ({ page }) => {
  await page.goto(`/signin?next=/w/${data.slug}/onboarding/${data.checklistId}`);
  await page.getByLabel("Email").fill(data.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${data.slug}/onboarding/${data.checklistId}$`));

  const notice = page.getByTestId("read-only-notice");
  await expect(notice).toContainText("Read only: as a viewer");
  await expect(notice).toContainText("checklists");
  await expect(page.locator("fieldset input").first()).toBeDisabled();

  await page.goto(`/w/${data.slug}/surveys/${data.surveyId}`);
  await expect(notice).toContainText("surveys");
  await expect(page.locator("fieldset input").first()).toBeDisabled();

  await page.goto(`/w/${data.slug}/settings/personas`);
  await expect(notice).toContainText("personas");
  await expect(page.getByTestId("new-persona")).toHaveCount(0);

  // The mail log (an instance page) keeps the dashboard's navigation of the workspace left.
  await page.goto(`/mail?w=${data.slug}`);
  await expect(page.getByTestId("mail-log-forbidden")).toBeVisible();
  await page.getByRole("link", { name: "Surveys" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/w/${data.slug}/surveys$`));
});
