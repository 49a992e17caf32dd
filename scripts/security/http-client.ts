// A client of the running app as an outsider has it: fetch with a cookie jar, next-auth's
// credentials sign-in, and tRPC's HTTP wire format (superjson envelopes), nothing imported from
// the app's client code.

export type Reply = { status: number; body: unknown; headers: Headers };

export class Client {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Reply> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    headers.set("origin", this.base);
    const response = await fetch(`${this.base}${path}`, { ...init, headers, redirect: "manual" });
    this.remember(response);
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body, headers: response.headers };
  }

  /** next-auth's credentials sign-in as its own client posts it; the status is 200 when signed in. */
  async signIn(email: string, password: string): Promise<Reply> {
    const csrf = (await this.request("/api/auth/csrf")).body as { csrfToken: string };
    const form = new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, json: "true", callbackUrl: "/" });
    return this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form.toString(),
    });
  }

  async mutation(path: string, input: unknown): Promise<Reply> {
    return this.request(`/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: input }),
    });
  }

  async query(path: string, input?: unknown): Promise<Reply> {
    const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    return this.request(`/api/trpc/${path}${query}`);
  }
}

/** The data of a tRPC reply (throws with the reply when it is an error). */
export function dataOf<T>(reply: Reply): T {
  const body = reply.body as { result?: { data?: { json?: T } } };
  if (reply.status !== 200 || body.result?.data === undefined)
    throw new Error(`tRPC call failed: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`);
  return body.result.data.json as T;
}
