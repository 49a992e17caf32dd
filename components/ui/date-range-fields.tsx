import { Field, Input } from "./field";

/** A report filter's first and last day (both included; empty = the report's default). Each
 * bounds the other so the browser's picker cannot make an inverted range; `error` goes under the
 * last day, where the server reports an inverted or too long period. */
export function DateRangeFields(props: {
  from: string | undefined;
  to: string | undefined;
  /** Called with the one day that changed (undefined when emptied). */
  onChange: (patch: { from?: string } | { to?: string }) => void;
  labels?: { from: string; to: string };
  error?: string | null;
}) {
  const labels = props.labels ?? { from: "From", to: "To" };
  return (
    <>
      <Field label={labels.from}>
        <Input
          data-testid="filter-from"
          type="date"
          value={props.from ?? ""}
          max={props.to}
          onChange={(e) => props.onChange({ from: e.target.value || undefined })}
        />
      </Field>
      <Field label={labels.to} error={props.error ?? undefined}>
        <Input
          data-testid="filter-to"
          type="date"
          value={props.to ?? ""}
          min={props.from}
          onChange={(e) => props.onChange({ to: e.target.value || undefined })}
        />
      </Field>
    </>
  );
}
