// How a live event reads in a row: what happened, and its few telling properties instead of JSON.

export type KeyProperty = { key: string; value: string };

const MAX_VALUE = 60;

function show(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** The first `max` properties, in the order sent (what the product put first is usually what
 * matters), with values shortened; `more`: how many were left out. */
export function keyProperties(properties: unknown, max = 4): { shown: KeyProperty[]; more: number } {
  if (properties === null || typeof properties !== "object" || Array.isArray(properties)) return { shown: [], more: 0 };
  const entries = Object.entries(properties as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return {
    shown: entries.slice(0, max).map(([key, value]) => ({ key, value: show(value) })),
    more: Math.max(0, entries.length - max),
  };
}

/** What happened, in words: the event's name for a track call, the page's name or path for a page
 * or screen call, the call itself for identify, group and alias (stored as "$identify" and so on). */
export function eventLabel(type: string, name: string, properties: unknown): string {
  if (type === "track") return name;
  const p = (properties && typeof properties === "object" ? properties : {}) as Record<string, unknown>;
  if (type === "page" || type === "screen") {
    const what = [p.name, p.path, p.url].find((v) => typeof v === "string" && v !== "");
    return what
      ? `${type === "page" ? "Viewed" : "Opened"} ${String(what)}`
      : type === "page"
        ? "Page view"
        : "Screen view";
  }
  return { identify: "Identified", group: "Joined an account", alias: "Alias" }[type] ?? name;
}
