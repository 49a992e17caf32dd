import { describe, expect, it } from "vitest";
import { controlSymbol, splitControlChars } from "../../components/ui/control-chars";

describe("control characters in user text", () => {
  it("shows C0 characters and DEL as control pictures, C1 as escapes", () => {
    expect(controlSymbol(0x07)).toBe("␇");
    expect(controlSymbol(0x1b)).toBe("␛");
    expect(controlSymbol(0x00)).toBe("␀");
    expect(controlSymbol(0x7f)).toBe("␡");
    expect(controlSymbol(0x85)).toBe("\\x85");
  });

  it("splits text into plain runs and one part per control character", () => {
    expect(splitControlChars("ding\u0007\u0007 done")).toEqual([
      { text: "ding", control: false },
      { text: "␇", control: true, code: "U+0007" },
      { text: "␇", control: true, code: "U+0007" },
      { text: " done", control: false },
    ]);
  });

  it("keeps tabs, line breaks and other scripts as they are", () => {
    const text = "a\tb\r\nc — é 🙂";
    expect(splitControlChars(text)).toEqual([{ text, control: false }]);
    expect(splitControlChars("")).toEqual([]);
  });
});
