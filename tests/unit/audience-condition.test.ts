import { describe, expect, it } from "vitest";
import { matchesAll, matchesCondition, readPath, ZCondition, type Condition } from "../../server/audience/condition";

const traits = {
  role: "Data Engineer",
  plan: "Pro",
  seats: 12,
  beta: true,
  optedOut: false,
  tags: ["Admin", "Early-Adopter"],
  empty: "",
  nothing: null,
  company: { plan: "Enterprise", address: { country: "FR" } },
  "legacy.key": "flat wins",
};

const c = (key: string, op: Condition["op"], value?: string | string[]): Condition => ({ key, op, value });

describe("matchesCondition: equals", () => {
  it("compares case-insensitively", () => {
    expect(matchesCondition(traits, c("role", "equals", "data engineer"))).toBe(true);
    expect(matchesCondition(traits, c("role", "equals", "DATA ENGINEER"))).toBe(true);
    expect(matchesCondition(traits, c("role", "equals", "Data"))).toBe(false);
  });
  it("compares numbers and booleans by their text", () => {
    expect(matchesCondition(traits, c("seats", "equals", "12"))).toBe(true);
    expect(matchesCondition(traits, c("seats", "equals", "1"))).toBe(false);
    expect(matchesCondition(traits, c("beta", "equals", "TRUE"))).toBe(true);
    expect(matchesCondition(traits, c("optedOut", "equals", "false"))).toBe(true);
  });
  it("matches any element of an array trait", () => {
    expect(matchesCondition(traits, c("tags", "equals", "admin"))).toBe(true);
    expect(matchesCondition(traits, c("tags", "equals", "owner"))).toBe(false);
  });
  it("never matches a missing, null or object value", () => {
    expect(matchesCondition(traits, c("missing", "equals", ""))).toBe(false);
    expect(matchesCondition(traits, c("nothing", "equals", "null"))).toBe(false);
    expect(matchesCondition(traits, c("company", "equals", "[object Object]"))).toBe(false);
  });
});

describe("matchesCondition: in", () => {
  it("holds when the value is one of the list, in any case", () => {
    expect(matchesCondition(traits, c("plan", "in", ["free", "PRO"]))).toBe(true);
    expect(matchesCondition(traits, c("plan", "in", ["free", "team"]))).toBe(false);
    expect(matchesCondition(traits, c("plan", "in", []))).toBe(false);
  });
  it("holds when any array element is in the list", () => {
    expect(matchesCondition(traits, c("tags", "in", ["early-adopter", "x"]))).toBe(true);
  });
});

describe("matchesCondition: contains", () => {
  it("finds a substring case-insensitively", () => {
    expect(matchesCondition(traits, c("role", "contains", "ENGINEER"))).toBe(true);
    expect(matchesCondition(traits, c("role", "contains", "manager"))).toBe(false);
    expect(matchesCondition(traits, c("tags", "contains", "adopt"))).toBe(true);
    expect(matchesCondition(traits, c("seats", "contains", "2"))).toBe(true);
  });
});

describe("matchesCondition: exists", () => {
  it("is false for missing, null and empty text, true for any other value (0 and false included)", () => {
    expect(matchesCondition(traits, c("role", "exists"))).toBe(true);
    expect(matchesCondition(traits, c("optedOut", "exists"))).toBe(true);
    expect(matchesCondition({ n: 0 }, c("n", "exists"))).toBe(true);
    expect(matchesCondition(traits, c("company", "exists"))).toBe(true);
    expect(matchesCondition(traits, c("missing", "exists"))).toBe(false);
    expect(matchesCondition(traits, c("nothing", "exists"))).toBe(false);
    expect(matchesCondition(traits, c("empty", "exists"))).toBe(false);
  });
});

describe("nested paths", () => {
  it("reads a.b.c through objects", () => {
    expect(readPath(traits, "company.plan")).toBe("Enterprise");
    expect(readPath(traits, "company.address.country")).toBe("FR");
    expect(matchesCondition(traits, c("company.plan", "equals", "enterprise"))).toBe(true);
    expect(matchesCondition(traits, c("company.address.country", "in", ["fr", "de"]))).toBe(true);
    expect(matchesCondition(traits, c("company.address", "exists"))).toBe(true);
  });
  it("is undefined past a missing or scalar step", () => {
    expect(readPath(traits, "company.size.value")).toBeUndefined();
    expect(readPath(traits, "role.length")).toBeUndefined();
    expect(matchesCondition(traits, c("company.size", "exists"))).toBe(false);
  });
  it("prefers a flat key that contains a dot", () => {
    expect(readPath(traits, "legacy.key")).toBe("flat wins");
  });
});

describe("matchesAll", () => {
  it("ANDs the conditions; no condition holds trivially", () => {
    expect(matchesAll(traits, [c("role", "contains", "engineer"), c("plan", "equals", "pro")])).toBe(true);
    expect(matchesAll(traits, [c("role", "contains", "engineer"), c("plan", "equals", "free")])).toBe(false);
    expect(matchesAll(traits, [])).toBe(true);
  });
});

describe("ZCondition", () => {
  it("needs a list for in, one value for equals/contains, nothing for exists", () => {
    expect(ZCondition.safeParse({ key: "plan", op: "in", value: ["a"] }).success).toBe(true);
    expect(ZCondition.safeParse({ key: "plan", op: "in", value: "a" }).success).toBe(false);
    expect(ZCondition.safeParse({ key: "plan", op: "equals", value: ["a"] }).success).toBe(false);
    expect(ZCondition.safeParse({ key: "plan", op: "contains" }).success).toBe(false);
    expect(ZCondition.safeParse({ key: "plan", op: "exists" }).success).toBe(true);
    expect(ZCondition.safeParse({ key: " ", op: "exists" }).success).toBe(false);
    expect(ZCondition.safeParse({ key: "plan", op: "startsWith", value: "a" }).success).toBe(false);
  });
});
