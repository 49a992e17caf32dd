import { describe, expect, it } from "vitest";
import { isTargeted, readTargeting } from "../../server/audience/targeting";
import type { Targeting } from "../../server/onboarding/schemas";

const engineer = { personaId: "p-eng", traits: { role: "Data Engineer", plan: "pro", seats: 12 } };
const sales = { personaId: "p-sales", traits: { role: "Sales", plan: "free" } };
const nobody = { personaId: null, traits: { plan: "pro" } };

const t = (personaIds: string[], conditions: Targeting["conditions"] = []): Targeting => ({ personaIds, conditions });

describe("isTargeted", () => {
  it("empty targeting is everyone, with or without a persona", () => {
    for (const user of [engineer, sales, nobody]) expect(isTargeted(user, t([]))).toBe(true);
  });

  it("named personas: the user's persona must be one of them", () => {
    expect(isTargeted(engineer, t(["p-eng"]))).toBe(true);
    expect(isTargeted(sales, t(["p-eng"]))).toBe(false);
    expect(isTargeted(sales, t(["p-eng", "p-sales"]))).toBe(true);
  });

  it("a user without a persona never matches persona targeting", () => {
    expect(isTargeted(nobody, t(["p-eng", "p-sales"]))).toBe(false);
  });

  it("segment conditions must all hold (AND), case-insensitively", () => {
    const proEngineers = t(
      [],
      [
        { key: "plan", op: "equals", value: "PRO" },
        { key: "role", op: "contains", value: "engineer" },
      ],
    );
    expect(isTargeted(engineer, proEngineers)).toBe(true);
    expect(isTargeted(nobody, proEngineers)).toBe(false); // plan holds, role is missing
    expect(isTargeted(sales, proEngineers)).toBe(false);
  });

  it("personas AND segment: both must hold", () => {
    const proOfEng = t(["p-eng"], [{ key: "plan", op: "in", value: ["pro", "team"] }]);
    expect(isTargeted(engineer, proOfEng)).toBe(true);
    expect(isTargeted({ ...engineer, traits: { ...engineer.traits, plan: "free" } }, proOfEng)).toBe(false);
    expect(isTargeted(nobody, proOfEng)).toBe(false); // segment holds, persona does not
  });
});

describe("readTargeting", () => {
  it("fills defaults of stored JSON", () => {
    expect(readTargeting({})).toEqual({ personaIds: [], conditions: [] });
    expect(readTargeting(null)).toEqual({ personaIds: [], conditions: [] });
  });
  it("unreadable JSON targets nobody rather than everybody", () => {
    const damaged = readTargeting({ personaIds: "p-eng", conditions: [{ op: "nope" }] });
    expect(isTargeted(engineer, damaged)).toBe(false);
    expect(isTargeted(nobody, damaged)).toBe(false);
  });
});
