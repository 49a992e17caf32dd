// The widget on a customer's own site: a plain static HTML page on another origin (another host
// and port than Cairn's) with the install snippet pasted in, once with a clean stylesheet and
// once with one that would wreck anything not isolated from it.
import { snippet } from "@/components/widget/snippet";
import { eventsOf, uniqueId } from "./support/db";
import { E2E_BASE_URL, STATIC_HOST_PORT } from "./support/e2e-env";
import { expect, test, widget } from "./support/fixtures";
import { escapeHtml, startStaticHost, type StaticHost } from "./support/static-host";

/** What careless or hostile host CSS looks like: every element reset, a 40px root font (rem),
 * big inherited fonts, and !important boxes on every common tag. */
const HOSTILE_CSS = `
* { all: unset; }
head, script, style, title { display: none; }
html { font-size: 40px; line-height: 3; }
body { display: block; font: italic 700 2rem/3 Georgia, serif; color: #c00; letter-spacing: 0.3em; text-transform: uppercase; word-spacing: 1em; }
div, section, button, span, p, li, ul, ol, h1, h2, a, strong { padding: 1rem !important; margin: 0.5rem !important; box-sizing: content-box !important; font-size: 3rem !important; line-height: 4 !important; border: 5px solid lime !important; }
button { position: static !important; width: 600px !important; }
`;

/** JSON for inside an inline <script>. */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

let host: StaticHost;
let writeKey: string;

test.beforeAll(async ({ cairn }) => {
  writeKey = cairn.writeKey;
  // GET /?userId=…&accountId=…&css=clean|hostile: a page of "Fjord Retail", embedding Cairn.
  host = await startStaticHost(STATIC_HOST_PORT, (url) => {
    if (url.pathname !== "/") return null;
    const userId = url.searchParams.get("userId") ?? "anonymous";
    const accountId = url.searchParams.get("accountId") ?? "fjord";
    const hostile = url.searchParams.get("css") === "hostile";
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Fjord Retail · reports</title>
${snippet(E2E_BASE_URL, writeKey)}
${hostile ? `<style>${HOSTILE_CSS}</style>` : "<style>body { font: 16px/1.5 sans-serif; margin: 2rem; }</style>"}
</head>
<body>
<h1>Fjord Retail reports</h1>
<p>Signed in as ${escapeHtml(userId)}.</p>
<button id="connect" type="button">Connect Postgres</button>
<script>
  cairn.identify(${inlineJson(userId)}, { role: "data engineer", name: "Static Host User" });
  cairn.group(${inlineJson(accountId)}, { name: "Fjord Retail" });
  document.getElementById("connect").addEventListener("click", function () {
    cairn.track("connection_created", { connector: "postgres", direction: "source" });
  });
</script>
</body>
</html>`;
  });
});

test.afterAll(async () => {
  await host?.close();
});

test("a static page on another origin shows the widget through the pasted snippet", async ({ page, cairn }) => {
  const userId = `static-${uniqueId()}`;
  await page.goto(`${host.origin}/?userId=${userId}&accountId=acct-${uniqueId()}`);
  expect(new URL(page.url()).origin).not.toBe(new URL(E2E_BASE_URL).origin);

  const w = widget(page);
  await expect(w.title).toHaveText("Get your first pipeline running");
  await expect(w.items).toHaveCount(4);
  // The loader and the runtime came from Cairn's origin.
  const scripts = await page.evaluate(() => Array.from(document.scripts, (s) => s.src).filter(Boolean));
  expect(scripts).toContain(`${E2E_BASE_URL}/sdk/loader.js`);
  expect(scripts.some((src) => src.startsWith(`${E2E_BASE_URL}/sdk/cairn.`))).toBe(true);

  await page.locator("#connect").click();
  await expect(w.item("Add a connection")).toHaveAttribute("data-done", "true");
  // Sent across origins to Cairn's ingest, with the host page as context.
  await expect
    .poll(async () =>
      (await eventsOf(cairn.workspaceId, userId))
        .filter((e) => e.name === "connection_created")
        .map((e) => e.properties.connector),
    )
    .toEqual(["postgres"]);
});

test("host page CSS (all: unset, a 40px root font, !important boxes) does not change the widget", async ({ page }) => {
  const userId = `css-${uniqueId()}`;
  const measure = async (css: "clean" | "hostile") => {
    await page.goto(`${host.origin}/?userId=${userId}&css=${css}`);
    const w = widget(page);
    await expect(w.items).toHaveCount(4);
    const style = (el: Element) => {
      const s = getComputedStyle(el);
      return [
        s.fontSize,
        s.fontFamily,
        s.fontWeight,
        s.fontStyle,
        s.lineHeight,
        s.letterSpacing,
        s.textTransform,
        s.padding,
        s.margin,
        s.color,
        s.backgroundColor,
        s.borderTopWidth,
      ].join(" | ");
    };
    const box = async (locator: ReturnType<typeof page.locator>) => {
      const b = (await locator.boundingBox())!;
      return [b.x, b.y, b.width, b.height].map((n) => Math.round(n * 10) / 10);
    };
    const hostFontSize = await page.evaluate(() => getComputedStyle(document.body).fontSize);
    const widgetLooks = {
      launcherBox: await box(w.launcher),
      launcherStyle: await w.launcher.evaluate(style),
      panelBox: await box(w.panel),
      panelStyle: await w.panel.evaluate(style),
      titleStyle: await w.title.evaluate(style),
      firstItemBox: await box(w.items.first()),
      itemTitleStyle: await w.items.first().locator(".it").evaluate(style),
      ctaStyle: await w.items.first().locator(".cta").evaluate(style),
    };
    return { hostFontSize, widgetLooks };
  };

  const clean = await measure("clean");
  const hostile = await measure("hostile");
  // The host's CSS did apply to the host page…
  expect(clean.hostFontSize).toBe("16px");
  expect(hostile.hostFontSize).toBe("80px");
  // …and not to the widget.
  expect(hostile.widgetLooks).toEqual(clean.widgetLooks);
  expect(clean.widgetLooks.launcherStyle).toContain("14px");
});
