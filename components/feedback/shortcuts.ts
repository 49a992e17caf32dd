// The inbox's keyboard shortcuts (Gmail / Linear style): one key, no modifier, never while the
// person is typing. Pure, so the key map is tested without a browser.

export type ShortcutAction =
  | "next"
  | "previous"
  | "toggleSelect"
  | "triage"
  | "dismiss"
  | "markNew"
  | "link"
  | "duplicate"
  | "tag"
  | "assignMe"
  | "focusSearch"
  | "help"
  | "escape";

export type Shortcut = {
  keys: string[];
  action: ShortcutAction;
  label: string;
  /** Changes data: not offered to viewers. */ write: boolean;
};

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ["j", "ArrowDown"], action: "next", label: "Next feedback", write: false },
  { keys: ["k", "ArrowUp"], action: "previous", label: "Previous feedback", write: false },
  { keys: ["x"], action: "toggleSelect", label: "Select or unselect it", write: true },
  { keys: ["t"], action: "triage", label: "Mark triaged", write: true },
  { keys: ["d"], action: "dismiss", label: "Dismiss", write: true },
  { keys: ["u"], action: "markNew", label: "Mark as new again", write: true },
  { keys: ["l"], action: "link", label: "Link to a roadmap item", write: true },
  { keys: ["m"], action: "duplicate", label: "Mark as duplicate of…", write: true },
  { keys: ["#", "g"], action: "tag", label: "Tag", write: true },
  { keys: ["a"], action: "assignMe", label: "Assign to me", write: true },
  { keys: ["/"], action: "focusSearch", label: "Search", write: false },
  { keys: ["?"], action: "help", label: "Show these shortcuts", write: false },
  { keys: ["Escape"], action: "escape", label: "Clear the selection", write: false },
];

const BY_KEY = new Map(SHORTCUTS.flatMap((s) => s.keys.map((k) => [k, s] as const)));

/** Text-like inputs only: a focused checkbox or button must not swallow j / k / x. */
const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "image", "range", "color", "file"]);

type TargetLike = { tagName?: string; type?: string; isContentEditable?: boolean } | null | undefined;

export function isTypingTarget(target: TargetLike): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? "").toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return !NON_TEXT_INPUTS.has((target.type ?? "text").toLowerCase());
  return false;
}

export type KeyLike = { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; target?: TargetLike };

/** The action a key press asks for, or null (typing, a modifier held, unknown key, or a write
 * shortcut for someone who may only read). */
export function shortcutFor(event: KeyLike, opts: { writable: boolean }): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  const shortcut = BY_KEY.get(event.key);
  if (!shortcut) return null;
  if (shortcut.write && !opts.writable) return null;
  return shortcut.action;
}

/** For the help dialog: "j / ↓". */
export function describeKeys(keys: readonly string[]): string {
  const names: Record<string, string> = { ArrowDown: "↓", ArrowUp: "↑", Escape: "Esc" };
  return keys.map((k) => names[k] ?? k).join(" / ");
}
