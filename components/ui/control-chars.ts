// Feedback and traits are free text from end users; a control character in them (a bell, an
// escape from a pasted terminal line) renders as nothing or as an empty box. These helpers show
// each one as a visible symbol instead, keeping line breaks and tabs as they are.

export type TextPart = { text: string; control: false } | { text: string; control: true; code: string };

/** Tab and line breaks are layout, not garbage. */
const LAYOUT = new Set([0x09, 0x0a, 0x0d]);

function isControl(code: number): boolean {
  return (code < 0x20 && !LAYOUT.has(code)) || (code >= 0x7f && code <= 0x9f);
}

/** The symbol shown for a control character: Unicode's control pictures for C0 and DEL (␇ for a
 * bell), an escape such as \x85 for C1, which has none. */
export function controlSymbol(code: number): string {
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return `\\x${code.toString(16).padStart(2, "0")}`;
}

/** `text` split into plain runs and single control characters, in order. */
export function splitControlChars(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let run = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (!isControl(code)) {
      run += ch;
      continue;
    }
    if (run) parts.push({ text: run, control: false });
    run = "";
    parts.push({
      text: controlSymbol(code),
      control: true,
      code: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`,
    });
  }
  if (run) parts.push({ text: run, control: false });
  return parts;
}
