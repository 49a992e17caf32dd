// A customer's site on another origin: a tiny HTTP server (no framework) serving HTML pages
// that embed Cairn with the install snippet, as a static site would.
import { createServer, type Server } from "node:http";

export type StaticHost = { origin: string; close: () => Promise<void> };

/** A page's HTML, or another file with its Content-Type (a script the page loads). */
export type StaticFile = string | { body: string | Buffer; contentType: string };

/** Serves `render(url)` (text/html when a string; 404 when null) on 127.0.0.1:`port`. */
export async function startStaticHost(port: number, render: (url: URL) => StaticFile | null): Promise<StaticHost> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
    const file = req.method === "GET" ? render(url) : null;
    if (file === null) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
      return;
    }
    const { body, contentType } =
      typeof file === "string" ? { body: file, contentType: "text/html; charset=utf-8" } : file;
    res.writeHead(200, { "Content-Type": contentType, "Cache-Control": "no-store" }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The browser keeps connections alive; without this, close() waits for them.
        server.closeAllConnections();
      }),
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
