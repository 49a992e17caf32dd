// The audit log in words and as CSV (server/audit/describe-entry.ts, audit-csv.ts), and the
// (createdAt, id) cursor its pages use (server/paging/keyset.ts).
import { describe, expect, it } from "vitest";
import { auditActionLabel, describeAuditDetails } from "../../server/audit/describe-entry";
import { auditCsv } from "../../server/audit/audit-csv";
import { csvCell } from "../../server/contract/csv";
import { decodeTimeCursor, encodeTimeCursor, newestFirstAfter, splitTimePage } from "../../server/paging/keyset";

describe("describeAuditDetails", () => {
  it("says a change as from → to", () => {
    expect(describeAuditDetails("member.role-changed", { from: "viewer", to: "admin" })).toBe("viewer → admin");
    expect(describeAuditDetails("identity.mode-changed", { from: "off", to: "required" })).toBe("off → required");
  });

  it("says the role of an invite, a join and a removal", () => {
    expect(describeAuditDetails("member.invited", { role: "pm" })).toBe("as pm");
    expect(describeAuditDetails("member.joined", { role: "viewer" })).toBe("as viewer");
    expect(describeAuditDetails("member.removed", { role: "admin" })).toBe("was admin");
  });

  it("leaves out a key's kind (its target says it) and lists other details as pairs", () => {
    expect(describeAuditDetails("key.created", { kind: "secret" })).toBe("");
    expect(describeAuditDetails("quotas.changed", { from: 10, to: 20, field: "ingest", rows: [1] })).toBe(
      "10 → 20, field: ingest, rows: [1]",
    );
    expect(describeAuditDetails("identity.secret-created", null)).toBe("");
  });

  it("labels listed actions and shows unknown ones as stored", () => {
    expect(auditActionLabel("member.role-changed")).toBe("Changed a member's role");
    expect(auditActionLabel("member.teleported")).toBe("member.teleported");
    expect(auditActionLabel("toString")).toBe("toString");
  });
});

describe("audit CSV", () => {
  it("quotes what needs quoting and defuses formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("+1,2")).toBe(`"'+1,2"`);
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
  });

  it("writes one CRLF row per entry with UTC and wall-clock times", () => {
    const csv = auditCsv(
      [
        {
          id: "e1",
          createdAt: new Date("2026-07-01T12:00:00.000Z"),
          actor: "ada@example.test",
          action: "member.role-changed",
          target: "bob@example.test",
          details: { from: "viewer", to: "admin" },
          ip: "203.0.113.7",
        },
        {
          id: "e2",
          createdAt: new Date("2026-07-01T23:30:00.000Z"),
          actor: 'secret key "Ops"',
          action: "key.created",
          target: "=cmd (write key)",
          details: { kind: "write" },
          ip: null,
        },
      ],
      "Europe/Paris",
    );
    expect(csv.split("\r\n")).toEqual([
      "time_utc,time_local,actor,action,action_label,target,details,ip",
      "2026-07-01T12:00:00.000Z,2026-07-01 14:00:00,ada@example.test,member.role-changed,Changed a member's role,bob@example.test,viewer → admin,203.0.113.7",
      `2026-07-01T23:30:00.000Z,2026-07-02 01:30:00,"secret key ""Ops""",key.created,Created an API key,'=cmd (write key),,`,
      "",
    ]);
  });
});

describe("keyset cursor", () => {
  const at = new Date("2026-03-10T12:00:00.123Z");

  it("round-trips (createdAt, id) and refuses what is not one", () => {
    const cursor = encodeTimeCursor({ createdAt: at, id: "cm123abc" });
    expect(cursor).toBe(`${at.getTime()}.cm123abc`);
    expect(decodeTimeCursor(cursor)).toEqual({ at, id: "cm123abc" });
    expect(decodeTimeCursor("nope")).toBeNull();
    expect(decodeTimeCursor(".abc")).toBeNull();
    expect(decodeTimeCursor("12.")).toBeNull();
  });

  it("asks for the rows strictly after the cursor in (createdAt desc, id desc) order", () => {
    expect(newestFirstAfter(undefined, 2)).toEqual({
      where: {},
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 3,
    });
    expect(newestFirstAfter(`${at.getTime()}.b`, 2).where).toEqual({
      OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: "b" } }],
    });
  });

  it("splits off the extra row and points the next page after the last row shown", () => {
    const rows = ["c", "b", "a"].map((id) => ({ id, createdAt: at }));
    expect(splitTimePage(rows, 2)).toEqual({ page: rows.slice(0, 2), nextCursor: `${at.getTime()}.b` });
    expect(splitTimePage(rows, 3)).toEqual({ page: rows, nextCursor: null });
  });
});
