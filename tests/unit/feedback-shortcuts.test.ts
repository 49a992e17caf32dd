// The inbox's key map (components/feedback/shortcuts.ts): the action of each key, nothing while
// typing or with a modifier, write shortcuts only for those who may write.
import { describe, expect, it } from "vitest";
import { describeKeys, isTypingTarget, SHORTCUTS, shortcutFor } from "../../components/feedback/shortcuts";

const press = (key: string, extra: Partial<Parameters<typeof shortcutFor>[0]> = {}, writable = true) =>
  shortcutFor({ key, target: { tagName: "BODY" }, ...extra }, { writable });

describe("shortcutFor", () => {
  it("maps the triage keys", () => {
    expect(
      ["j", "k", "ArrowDown", "ArrowUp", "x", "t", "d", "u", "l", "m", "#", "g", "a", "/", "?", "Escape"].map((k) =>
        press(k),
      ),
    ).toEqual([
      "next",
      "previous",
      "next",
      "previous",
      "toggleSelect",
      "triage",
      "dismiss",
      "markNew",
      "link",
      "duplicate",
      "tag",
      "tag",
      "assignMe",
      "focusSearch",
      "help",
      "escape",
    ]);
  });

  it("ignores other keys and upper case letters", () => {
    expect(press("q")).toBeNull();
    expect(press("T")).toBeNull();
    expect(press("Enter")).toBeNull();
  });

  it("never fires with Ctrl, Cmd or Alt (browser and OS shortcuts)", () => {
    expect(press("t", { ctrlKey: true })).toBeNull();
    expect(press("l", { metaKey: true })).toBeNull();
    expect(press("d", { altKey: true })).toBeNull();
  });

  it("never fires while typing in a field", () => {
    for (const target of [
      { tagName: "INPUT", type: "text" },
      { tagName: "INPUT", type: "search" },
      { tagName: "INPUT" },
      { tagName: "TEXTAREA" },
      { tagName: "SELECT" },
      { tagName: "DIV", isContentEditable: true },
    ]) {
      expect(press("t", { target }), JSON.stringify(target)).toBeNull();
      expect(press("/", { target })).toBeNull();
    }
  });

  it("still fires from a focused checkbox or button (a row's own controls)", () => {
    expect(press("j", { target: { tagName: "INPUT", type: "checkbox" } })).toBe("next");
    expect(press("x", { target: { tagName: "BUTTON" } })).toBe("toggleSelect");
    expect(press("t", { target: null })).toBe("triage");
  });

  it("offers viewers moving, searching and help only", () => {
    const viewer = (k: string) => press(k, {}, false);
    expect(["j", "k", "/", "?", "Escape"].map(viewer)).toEqual(["next", "previous", "focusSearch", "help", "escape"]);
    expect(["x", "t", "d", "u", "l", "m", "#", "a"].map(viewer)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("gives each key one action", () => {
    const keys = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("helpers", () => {
  it("isTypingTarget knows text fields from other controls", () => {
    expect(isTypingTarget({ tagName: "input", type: "EMAIL" })).toBe(true);
    expect(isTypingTarget({ tagName: "INPUT", type: "radio" })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it("describeKeys names arrows and Escape", () => {
    expect(describeKeys(["j", "ArrowDown"])).toBe("j / ↓");
    expect(describeKeys(["Escape"])).toBe("Esc");
  });
});
