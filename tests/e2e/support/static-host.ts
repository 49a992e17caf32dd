// A customer's site on another origin: a tiny HTTP server (no framework) serving HTML pages
// that embed Cairn with the install snippet, as a static site would.
import { createServer, type Server } from "node:http";

export type StaticHost = { origin: string; close: () => Promise<void> };

/** Serves `render(url)` as text/html (404 when it returns null) on 127.0.0.1:`port`. */
export async function startStaticHost(port: number, render: (url: URL) => string | null): Promise<StaticHost> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
    const html = req.method === "GET" ? render(url) : null;
    if (html === null) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
      return;
    }
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }).end(html);
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
