// Onboarding checklists in the Airtouch demo host (/demo), as its users meet them: the checklist
// of their persona, items ticking off as they work, languages, account-wide items and the
// first-run role question. Data: one workspace per worker, built from the demo's own checklist
// definitions (support/db.ts); each test is a new end user.
import { completionKeys, findEndUser, findProgress, uniqueId } from "./support/db";
import { demoLink, expect, test, widget } from "./support/fixtures";

// Wide enough that the widget's panel (fixed, bottom right) leaves the demo's buttons clickable.
test.use({ viewport: { width: 1600, height: 1000 } });

const PIPELINE_ITEMS = ["Add a connection", "Create a workflow", "Run your workflow", "Connect your warehouse"];

test("a data engineer picked on /demo gets the engineer checklist, and items tick off as they work, without a reload", async ({
  page,
  cairn,
}) => {
  await page.goto(`/demo?writeKey=${encodeURIComponent(cairn.writeKey)}`);
  await expect(page.getByTestId("cairn-target")).toContainText(cairn.writeKey);
  // The radios are visually hidden inside their cards: a person clicks the card.
  await page.getByText("Data engineer", { exact: true }).click();
  await expect(page.getByTestId("persona-engineer")).toBeChecked();
  await page.getByTestId("demo-enter").click();
  await expect(page).toHaveURL(/\/demo\/app$/);
  const userId = (await page.getByTestId("airtouch-app").getAttribute("data-user-id"))!;

  const w = widget(page);
  await expect(w.title).toHaveText("Get your first pipeline running");
  await expect(w.items).toHaveCount(4);
  for (const title of PIPELINE_ITEMS) await expect(w.item(title)).toHaveAttribute("data-done", "false");
  await expect(w.count).toHaveText("0 of 4 done");
  // Marks this document: a reload or a full navigation would lose it.
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  await page.getByTestId("nav-connections").click();
  await page.getByTestId("connection-name").fill("Production Postgres");
  await page.getByTestId("add-connection").click();
  await expect(w.item("Add a connection")).toHaveAttribute("data-done", "true");
  await expect(w.count).toHaveText("1 of 4 done");
  await expect(w.launcher).toContainText("1/4");

  // The server agrees: ingest recorded the completion for this user, and the exposure.
  const user = (await findEndUser(cairn.workspaceId, userId))!;
  expect(user.persona?.name).toBe("Data engineer");
  await expect.poll(() => completionKeys(cairn.pipeline.items[0]!.id, [`u:${user.id}`])).toEqual([`u:${user.id}`]);

  await page.getByTestId("nav-workflows").click();
  await page.getByTestId("new-workflow").click();
  await expect(page).toHaveURL(/\/demo\/app\/workflows\/wf_/);
  await page.getByTestId("save-workflow").click();
  await expect(w.item("Create a workflow")).toHaveAttribute("data-done", "true");

  // Closing the panel leaves the launcher, whose badge keeps counting.
  await w.launcher.click();
  await expect(w.panel).toBeHidden();
  await page.getByTestId("run-workflow").click();
  await expect(page.getByTestId("run-result")).toBeVisible();
  await expect(w.launcher).toContainText("3/4");
  // The panel shows the completed item by itself for a few seconds.
  await expect(w.item("Run your workflow")).toHaveAttribute("data-done", "true");

  await page.getByTestId("nav-connections").click();
  await page.getByLabel("Destination (write to it)").check();
  await page.getByTestId("connection-name").fill("Snowflake warehouse");
  await page.getByTestId("add-connection").click();
  await expect(w.allDone).toBeVisible();
  await expect(w.count).toHaveText("4 of 4 done");
  await expect(w.launcher).toContainText("All done!");
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  await expect
    .poll(async () => {
      const p = await findProgress(cairn.pipeline.id, user.id);
      return { group: p?.group, seen: Boolean(p?.seenAt), completed: Boolean(p?.completedAt) };
    })
    .toEqual({ group: "exposed", seen: true, completed: true });
});

test("a sales user picked on /demo gets the invite-a-colleague checklist", async ({ page, cairn }) => {
  await page.goto(`/demo?writeKey=${encodeURIComponent(cairn.writeKey)}`);
  await page.getByText("Sales or marketing", { exact: true }).click();
  await expect(page.getByTestId("persona-business")).toBeChecked();
  await page.getByTestId("demo-enter").click();
  await expect(page).toHaveURL(/\/demo\/app$/);

  const w = widget(page);
  await expect(w.title).toHaveText("Bring your team");
  await expect(w.items).toHaveCount(3);
  await expect(w.items.nth(0)).toContainText("Invite a colleague");
  await expect(w.items.nth(1)).toContainText("Open the docs");
  await expect(w.items.nth(2)).toContainText("See your first sync");
  await expect(w.count).toHaveText("0 of 3 done");
  await expect(page.getByText("Get your first pipeline running")).toHaveCount(0);

  await page.getByTestId("nav-team").click();
  await page.getByTestId("invite-email").fill("alex@fjord-retail.example");
  await page.getByTestId("invite-colleague").click();
  await expect(w.item("Invite a colleague")).toHaveAttribute("data-done", "true");
  await expect(w.count).toHaveText("1 of 3 done");
});

test("a French user sees the checklist and the widget in French", async ({ page, cairn }) => {
  // The browser says en-US; the user's `locale` trait (set by the host) wins.
  const userId = `fr-${uniqueId()}`;
  await page.goto(
    demoLink("", cairn.writeKey, { userId, role: "data engineer", locale: "fr", accountName: "Fjord Retail" }),
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");

  const w = widget(page);
  await expect(w.title).toHaveText("Lancez votre premier pipeline");
  await expect(w.panel).toContainText("De l'inscription à vos premières lignes dans l'entrepôt.");
  await expect(w.items.nth(0)).toContainText("Ajouter une connexion");
  await expect(w.items.nth(0)).toContainText("(À faire)");
  await expect(w.items.nth(3)).toContainText("Connecter votre entrepôt");
  await expect(w.count).toHaveText("0 sur 4 terminées");
  await expect(w.launcher).toContainText("Premiers pas");
  await expect(w.launcher).toHaveAttribute("aria-label", "Lancez votre premier pipeline : 0 sur 4 terminées");
  await expect(w.dismiss).toHaveAttribute("aria-label", "Masquer la liste");
  await expect(w.panel.getByRole("progressbar")).toHaveAttribute("aria-label", "Progression de la liste");
  await expect(w.panel.getByRole("link", { name: "Commencer" }).first()).toBeVisible();

  await page.getByTestId("nav-connections").click();
  await page.getByTestId("add-connection").click();
  await expect(w.items.nth(0)).toContainText("(Terminé)");
  await expect(w.count).toHaveText("1 sur 4 terminées");
});

test("a new user joining an account whose colleague connected the warehouse sees that item done", async ({
  browser,
  page,
  cairn,
}) => {
  const accountId = `acct-${uniqueId()}`;
  const colleagueId = `eng-${uniqueId()}`;

  // A colleague connects the company's warehouse (a destination), in their own browser.
  const colleagueContext = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const colleague = await colleagueContext.newPage();
  await colleague.goto(
    demoLink("/connections", cairn.writeKey, {
      userId: colleagueId,
      role: "data engineer",
      accountId,
      accountName: "Kestrel Labs",
    }),
  );
  const cw = widget(colleague);
  await expect(cw.item("Connect your warehouse")).toHaveAttribute("data-done", "false");
  await colleague.getByLabel("Destination (write to it)").check();
  await colleague.getByTestId("connection-name").fill("Kestrel warehouse");
  await colleague.getByTestId("add-connection").click();
  await expect(cw.item("Connect your warehouse")).toHaveAttribute("data-done", "true");
  const colleagueRow = (await findEndUser(cairn.workspaceId, colleagueId))!;
  const warehouseItem = cairn.pipeline.items[3]!;
  expect(warehouseItem.scope).toBe("account");
  await expect
    .poll(() => completionKeys(warehouseItem.id, [`a:${colleagueRow.accountId}`]))
    .toEqual([`a:${colleagueRow.accountId}`]);
  await colleagueContext.close();

  // Days later a new analytics engineer joins the same account.
  const newcomerId = `new-${uniqueId()}`;
  await page.goto(demoLink("", cairn.writeKey, { userId: newcomerId, role: "analytics engineer", accountId }));
  const w = widget(page);
  await expect(w.title).toHaveText("Get your first pipeline running");
  await expect(w.item("Connect your warehouse")).toHaveAttribute("data-done", "true");
  await expect(w.item("Add a connection")).toHaveAttribute("data-done", "false");
  await expect(w.count).toHaveText("1 of 4 done");
  expect((await findEndUser(cairn.workspaceId, newcomerId))!.accountId).toBe(colleagueRow.accountId);
});

test("a user without a role answers the first-run question and then gets the engineer checklist", async ({
  page,
  cairn,
}) => {
  const userId = `norole-${uniqueId()}`;
  await page.goto(demoLink("", cairn.writeKey, { userId, role: "none" }));

  const w = widget(page);
  await expect(w.roleQuestion).toContainText("What best describes your role?");
  await expect(w.launcher).toHaveCount(0);
  await w.roleOption("Data engineer").click();

  await expect(w.roleQuestion).toHaveCount(0);
  await expect(w.title).toHaveText("Get your first pipeline running");
  await expect(w.items).toHaveCount(4);
  const user = (await findEndUser(cairn.workspaceId, userId))!;
  expect(user.traits).toMatchObject({ role: "data engineer" });
  expect(user.persona?.name).toBe("Data engineer");
});
