type CryptoLike = { randomUUID?: () => string; getRandomValues?: <T extends Uint8Array>(array: T) => T };

/** A v4 UUID for messageIds. `crypto.randomUUID` exists only in secure contexts (https,
 * localhost), so plain-http host pages fall back to `getRandomValues`, then to Math.random. */
export function uuid(c: CryptoLike | undefined = typeof crypto === "undefined" ? undefined : crypto): string {
  try {
    if (c?.randomUUID) return c.randomUUID();
  } catch {
    // falls through to the manual version
  }
  const b = new Uint8Array(16);
  if (c?.getRandomValues) c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  let hex = "";
  for (let i = 0; i < 16; i++) {
    hex += (b[i]! + 0x100).toString(16).slice(1);
    if (i === 3 || i === 5 || i === 7 || i === 9) hex += "-";
  }
  return hex;
}
