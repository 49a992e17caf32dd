import type { ReactNode } from "react";

/** The small print beside a number: what it counts (server/onboarding/reports/definitions.ts). */
export function Definition({ children }: { children: ReactNode }) {
  return <p className="mt-1 text-xs leading-relaxed text-stone-500">{children}</p>;
}

/** One headline number with its definition under it. */
export function Metric({
  label,
  value,
  definition,
  testId,
}: {
  label: string;
  value: ReactNode;
  definition: ReactNode;
  testId?: string;
}) {
  return (
    <div className="rounded-md border border-stone-200 p-3">
      <p className="text-xs font-medium uppercase tracking-wide text-stone-500">{label}</p>
      <p className="mt-1 text-xl font-semibold tabular-nums text-stone-900" data-testid={testId}>
        {value}
      </p>
      <Definition>{definition}</Definition>
    </div>
  );
}
