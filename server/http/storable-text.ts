// Text PostgreSQL cannot store: its text and jsonb refuse U+0000 (error 22021), and the driver
// turns an unpaired UTF-16 surrogate into U+FFFD (the text would change silently). SQLite takes
// both. Every public input is checked for them, so the database never sees such text and both
// databases answer alike: a 400 naming the field (per message in batches).

// A NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSTORABLE_TEXT = "text contains a NUL character (\\u0000) or an unpaired UTF-16 surrogate";

/** Whether one string holds such text. */
export function isUnstorable(text: string): boolean {
  return UNSTORABLE.test(text);
}

/**
 * The path ("properties.note", "batch.3.text"; "" for the value itself) of the first string, or
 * object key, holding text the databases cannot store, or null. Iterative, so a deeply nested
 * value cannot overflow the stack.
 */
export function findUnstorableText(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, ""]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === "string") {
      if (UNSTORABLE.test(v)) return path;
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    for (const [key, child] of Object.entries(v)) {
      const at = path ? `${path}.${key}` : key;
      if (UNSTORABLE.test(key)) return at;
      stack.push([child, at]);
    }
  }
  return null;
}

/** "userId: text contains …", or the bare reason for the value itself. */
export function unstorableReason(path: string): string {
  return path ? `${path}: ${UNSTORABLE_TEXT}` : UNSTORABLE_TEXT;
}
