// Axis arithmetic Recharts leaves to us (a symmetric axis around 0 with round ticks): pure,
// unit-tested (tests/unit/onboarding-report-format.test.ts).

/** The smallest 1, 2 or 5 × 10^k step that splits `span` into at most `maxTicks` intervals. */
export function niceStep(span: number, maxTicks = 6): number {
  if (!(span > 0)) return 1;
  const raw = span / maxTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

export type Domain = { min: number; max: number; ticks: number[] };

/** An axis centred on 0 that holds every value, at least ±minHalfSpan wide and at most ±limit,
 * with round ticks: differences read left (worse) and right (better) of a fixed middle. */
export function symmetricDomain(
  values: readonly number[],
  opts: { minHalfSpan: number; limit?: number; maxTicks?: number },
): Domain {
  const limit = opts.limit ?? Infinity;
  const reach = Math.max(opts.minHalfSpan, ...values.filter(Number.isFinite).map(Math.abs));
  const step = niceStep(2 * Math.min(reach, limit), opts.maxTicks ?? 6);
  const half = Math.min(Math.ceil(reach / step - 1e-9) * step, Math.max(limit, step));
  const ticks: number[] = [];
  for (let v = -half; v <= half + step / 2; v += step) ticks.push(Math.round(v / step) * step);
  return { min: -half, max: half, ticks };
}
