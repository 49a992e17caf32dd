import { describe, expect, it } from "vitest";
import { matchPersona, type PersonaRule } from "../../server/audience/match-persona";

const engineer: PersonaRule = { id: "p-eng", priority: 2, rules: [{ key: "role", op: "contains", value: "engineer" }] };
const dataEngineer: PersonaRule = {
  id: "p-data",
  priority: 1,
  rules: [
    { key: "role", op: "contains", value: "engineer" },
    { key: "team", op: "equals", value: "data" },
  ],
};
const admin: PersonaRule = {
  id: "p-admin",
  priority: 3,
  rules: [{ key: "company.role", op: "in", value: ["owner", "admin"] }],
};
const catchAll: PersonaRule = { id: "p-all", priority: 0, rules: [] };

describe("matchPersona", () => {
  it("takes the first persona by ascending priority whose conditions all hold", () => {
    const personas = [engineer, admin, dataEngineer];
    expect(matchPersona({ role: "Data Engineer", team: "Data" }, personas)).toBe("p-data");
    expect(matchPersona({ role: "Backend Engineer", team: "core" }, personas)).toBe("p-eng");
    expect(matchPersona({ role: "CEO", company: { role: "Owner" } }, personas)).toBe("p-admin");
  });
  it("does not depend on the order the personas are given in", () => {
    const traits = { role: "data engineer", team: "data" };
    expect(matchPersona(traits, [dataEngineer, engineer])).toBe(matchPersona(traits, [engineer, dataEngineer]));
  });
  it("changes with priority", () => {
    const traits = { role: "data engineer", team: "data" };
    expect(matchPersona(traits, [{ ...engineer, priority: 0 }, dataEngineer])).toBe("p-eng");
  });
  it("breaks priority ties by id", () => {
    const a: PersonaRule = { id: "a", priority: 1, rules: [{ key: "x", op: "exists" }] };
    const b: PersonaRule = { id: "b", priority: 1, rules: [{ key: "x", op: "exists" }] };
    expect(matchPersona({ x: 1 }, [b, a])).toBe("a");
  });
  it("never matches a persona without conditions", () => {
    expect(matchPersona({ role: "engineer" }, [catchAll])).toBeNull();
    expect(matchPersona({ role: "engineer" }, [catchAll, engineer])).toBe("p-eng");
  });
  it("is null when nothing matches or there are no personas", () => {
    expect(matchPersona({ role: "designer" }, [engineer, dataEngineer, admin])).toBeNull();
    expect(matchPersona({}, [engineer])).toBeNull();
    expect(matchPersona({ role: "engineer" }, [])).toBeNull();
  });
});
