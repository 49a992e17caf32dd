// Small statistics helpers for the onboarding reports: pure, no dependencies.

/** The 97.5th percentile of the standard normal distribution: a 95% two-sided interval is
 * estimate ± Z_95 × standard error. */
export const Z_95 = 1.959963984540054;

/** Median of a list: the middle value, or the mean of the two middle values for an even count;
 * null for an empty list (shown as "n/a"). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Complementary error function, Numerical Recipes' Chebyshev fit (`erfcc`): fractional error
 * below 1.2e-7 everywhere, so tail probabilities stay accurate where 1 − erf(x) would cancel. */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** P(|Z| ≥ |z|) for a standard normal Z: the two-sided p-value of a z statistic. */
export function twoSidedNormalP(z: number): number {
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

/** part / whole, or null when whole is 0 (a rate of nobody is undefined, not 0%). */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
