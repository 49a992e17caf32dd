import type { AdoptionFilterInput, SegmentCondition } from "@/server/analytics/schemas";

// An Adoption filter in the URL (?from=&to=&persona=&account=&unit=&seg=…), so a filtered report
// can be shared and a drill-down keeps its filter. A segment condition is one `seg` parameter:
// scope, key, op and value joined by "~" (values of an "in" joined by "|").

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const OPS = new Set(["equals", "in", "contains", "exists"]);

export function segmentToParam(c: SegmentCondition): string {
  const value = c.op === "exists" ? "" : Array.isArray(c.value) ? c.value.join("|") : (c.value ?? "");
  return [c.scope, c.key, c.op, value].join("~");
}

export function segmentFromParam(param: string): SegmentCondition | null {
  const [scope, key, op, ...rest] = param.split("~");
  if ((scope !== "user" && scope !== "account") || !key || !op || !OPS.has(op)) return null;
  const value = rest.join("~");
  if (op === "exists") return { scope, key, op };
  if (op === "in") return { scope, key, op, value: value.split("|").filter((v) => v !== "") };
  return { scope, key, op: op as "equals" | "contains", value };
}

export function filterFromParams(params: URLSearchParams): AdoptionFilterInput {
  const day = (key: string) => {
    const v = params.get(key);
    return v && DAY.test(v) ? v : undefined;
  };
  const unit = params.get("unit");
  return {
    from: day("from"),
    to: day("to"),
    personaId: params.get("persona") || undefined,
    accountId: params.get("account") || undefined,
    segment: params
      .getAll("seg")
      .map(segmentFromParam)
      .filter((c): c is SegmentCondition => c !== null),
    unit: unit === "accounts" ? "accounts" : "users",
  };
}

export function filterToParams(filter: AdoptionFilterInput, base?: URLSearchParams): URLSearchParams {
  const q = new URLSearchParams(base);
  for (const key of ["from", "to", "persona", "account", "unit", "seg"]) q.delete(key);
  if (filter.from) q.set("from", filter.from);
  if (filter.to) q.set("to", filter.to);
  if (filter.personaId) q.set("persona", filter.personaId);
  if (filter.accountId) q.set("account", filter.accountId);
  if (filter.unit === "accounts") q.set("unit", "accounts");
  for (const c of filter.segment ?? []) q.append("seg", segmentToParam(c));
  return q;
}

/** Whether the filter narrows anything beyond the default period and unit. */
export function isFiltered(filter: AdoptionFilterInput): boolean {
  return Boolean(filter.from || filter.to || filter.personaId || filter.accountId || (filter.segment ?? []).length > 0);
}
