import { describe, expect, it } from "vitest";
import { matchesWhere, type Where } from "../../server/contract/match-where";
import { matchesCondition } from "../../server/audience/condition";

// The widget's copy of the condition matcher must agree with the server's on every case.
const props = {
  source: "Snowflake",
  rows: 1200,
  ok: true,
  empty: "",
  nothing: null,
  tags: ["Prod", "EU"],
  nested: { kind: "Warehouse", deep: { level: 3 } },
  "dotted.key": "flat wins",
};

const cases: [Where, boolean][] = [
  [{ key: "source", op: "equals", value: "snowflake" }, true],
  [{ key: "source", op: "equals", value: "SNOWFLAKE" }, true],
  [{ key: "source", op: "equals", value: "snow" }, false],
  [{ key: "rows", op: "equals", value: "1200" }, true],
  [{ key: "ok", op: "equals", value: "TRUE" }, true],
  [{ key: "source", op: "in", value: ["postgres", "SnowFlake"] }, true],
  [{ key: "source", op: "in", value: ["postgres"] }, false],
  [{ key: "tags", op: "in", value: ["eu"] }, true],
  [{ key: "tags", op: "equals", value: "prod" }, true],
  [{ key: "source", op: "contains", value: "FLAKE" }, true],
  [{ key: "tags", op: "contains", value: "u" }, true],
  [{ key: "rows", op: "contains", value: "20" }, true],
  [{ key: "source", op: "exists" }, true],
  [{ key: "empty", op: "exists" }, false],
  [{ key: "nothing", op: "exists" }, false],
  [{ key: "missing", op: "exists" }, false],
  [{ key: "ok", op: "exists" }, true],
  [{ key: "missing", op: "equals", value: "x" }, false],
  [{ key: "nothing", op: "equals", value: "null" }, false],
  [{ key: "nested.kind", op: "equals", value: "warehouse" }, true],
  [{ key: "nested.deep.level", op: "equals", value: "3" }, true],
  [{ key: "nested.deep", op: "equals", value: "3" }, false],
  [{ key: "nested.deep", op: "exists" }, true],
  [{ key: "dotted.key", op: "equals", value: "flat wins" }, true],
];

describe("matchesWhere (widget) agrees with matchesCondition (server)", () => {
  it.each(cases)("%j → %s", (where, expected) => {
    expect(matchesWhere(props, where)).toBe(expected);
    expect(matchesCondition(props, where)).toBe(expected);
  });
});
