// The engagement score's definitions, shown beside each number and chart (DESIGN.md: every
// number is defined). docs/decisions/engagement-score.md says why.
/** How a trend reads, on the report and on the user and account pages. */
export const TREND_LABEL = { up: "▲ up", down: "▼ down", flat: "flat" } as const;

export const ENGAGEMENT_DEFINITIONS = {
  weights:
    "A user's raw score is the sum over the ticked events of weight × calls in the window. Weigh rare, high-value events more; the suggestion is inverse frequency (the most called event weighs 1, one called ten times less 10), capped at the scale.",
  mapping:
    "Each day's snapshot clamps the raw scores of that day's active users (a track, page or screen call in the window) to the low and high percentiles, then maps them to 0–100 on 100 × (1 − e^(−3x)) / (1 − e^(−3)), x being the clamped score's place between the two clamps. The curve rises fast at first, so differences among low scores stay visible. A snapshot keeps its clamps: the same raw score always gives the same score that day.",
  product: "The product's score: the mean score of the day's active users.",
  account:
    "An account's score: the mean over all its users, those inactive in the window counting 0, so seats nobody uses pull it down.",
  trend: "Up or down: 5 points or more above or below the snapshot one window earlier.",
  distribution: "Active users of the latest snapshot by band of 10 points.",
  pes: "A second lens, as Pendo defines it: the mean of adoption (share of the core features the average user active in the last 30 days used), stickiness (mean DAU/MAU) and growth ((new + resurrected) / dormant users over 4 weeks, capped at 2), each 0–100. It needs no weights; ours weighs what each user did.",
} as const;
