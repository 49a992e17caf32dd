import type { SdkSource } from "./schemas";

// Server-side libraries of the Segment family, by the context.library.name they send.
const SERVER_LIBRARY =
  /^(@segment\/)?analytics-(node|python|ruby|go|php|java|dotnet|kotlin)|^analytics-?(go|python|ruby|php)|^analytics\.(go|py|rb|php)$/i;

/** Where a message comes from, for the verified share in the Identity settings: the widget
 * (context.library.name "cairn.js"), a server (the secret key, or a server-side Segment library),
 * or anything else (analytics.js, curl, a custom client). */
export function sdkSource(context: Record<string, unknown> | null | undefined, keyKind: "write" | "secret"): SdkSource {
  const library = context?.library;
  const name = library && typeof library === "object" ? (library as { name?: unknown }).name : undefined;
  if (name === "cairn.js") return "widget";
  if (keyKind === "secret" || (typeof name === "string" && SERVER_LIBRARY.test(name))) return "server";
  return "other";
}
