"use client";

import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";

export type EditableCondition = { key: string; op: "equals" | "in" | "contains" | "exists"; value?: string | string[] };

export function toEditable(c: EditableCondition): { key: string; op: EditableCondition["op"]; text: string } {
  return { key: c.key, op: c.op, text: Array.isArray(c.value) ? c.value.join(", ") : (c.value ?? "") };
}

export function fromEditable(row: { key: string; op: EditableCondition["op"]; text: string }): EditableCondition {
  if (row.op === "exists") return { key: row.key, op: "exists" };
  if (row.op === "in")
    return {
      key: row.key,
      op: "in",
      value: row.text
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    };
  return { key: row.key, op: row.op, value: row.text };
}

export type ConditionRow = ReturnType<typeof toEditable>;

/** The one operator picker for trait and property conditions. */
export function OperatorSelect({
  value,
  onChange,
  className = "w-28",
}: {
  value: EditableCondition["op"];
  onChange: (op: EditableCondition["op"]) => void;
  className?: string;
}) {
  return (
    <Select
      className={className}
      value={value}
      onChange={(e) => onChange(e.target.value as EditableCondition["op"])}
      aria-label="Operator"
    >
      <option value="equals">equals</option>
      <option value="in">is one of</option>
      <option value="contains">contains</option>
      <option value="exists">exists</option>
    </Select>
  );
}

export function ConditionEditor({
  rows,
  onChange,
  keyLabel,
}: {
  rows: ConditionRow[];
  onChange: (rows: ConditionRow[]) => void;
  keyLabel: string;
}) {
  const update = (i: number, patch: Partial<ConditionRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="space-y-2">
      {rows.map((row, i) => (
        <div key={i} className="flex flex-wrap items-center gap-2">
          {i > 0 ? <span className="text-xs font-semibold text-stone-500">AND</span> : null}
          <Input
            className="w-40"
            placeholder={keyLabel}
            value={row.key}
            onChange={(e) => update(i, { key: e.target.value })}
            aria-label={keyLabel}
          />
          <OperatorSelect value={row.op} onChange={(op) => update(i, { op })} />
          {row.op === "exists" ? null : (
            <Input
              className="min-w-40 flex-1"
              placeholder={row.op === "in" ? "a, b, c" : "value"}
              value={row.text}
              onChange={(e) => update(i, { text: e.target.value })}
              aria-label="Value"
            />
          )}
          <Button
            variant="ghost"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
            aria-label="Remove condition"
          >
            ✕
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => onChange([...rows, { key: "", op: "equals", text: "" }])}>
        + Condition
      </Button>
    </div>
  );
}
