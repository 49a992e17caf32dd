// The definition of every number on the survey report page, shown beside it. The pure functions
// that compute them (server/surveys/nps.ts, metrics.ts, build-report.ts) carry the same
// definitions in their doc comments; keep both in step. No server imports: the page renders these.

export const PERIOD_DEFINITION =
  "Responses given and surveys displayed between the two days (both included, workspace time zone; default: the last 12 weeks). " +
  "Persona: the persona the user had when answering (for displays, the user's current persona). Plan: the account's \"plan\" trait. " +
  "Segment: the user's trait equals the value (case-insensitive).";

export const SURVEY_DEFINITIONS = {
  responses: "Answers given in the period that pass the filters. A user who answered several times counts each time.",
  displays: "Times the survey was shown in the period (answered, dismissed or ignored).",
  responseRate:
    "Responses ÷ displays in the period. A display near the end of the period may be answered after it, so the rate can run slightly ahead or behind.",
  userNps:
    "Net Promoter Score = % promoters (9–10) − % detractors (0–6), from −100 to 100. User NPS counts each user's latest answer in the period once.",
  accountNps:
    "The NPS of each account over its users' latest answers, then the plain mean of those account scores, so a 200-user account weighs as much as a 2-user one. Answers without an account are left out.",
  npsDistribution: "How many users gave each score, counting each user's latest answer (the answers user NPS counts).",
  npsWeekly:
    "User NPS of each week (each user's latest answer that week). A week without answers is a gap, not a zero.",
  npsBreakdown:
    "Promoters (9–10), passives (7–8) and detractors (0–6) among each group's users (latest answer each), and the group's NPS.",
  csat: "CSAT = % of answers of 4 or 5 on the 1–5 scale (satisfied ÷ all answers).",
  csatDistribution: "How many answers gave each score from 1 to 5.",
  csatWeekly: "CSAT of each week's answers. A week without answers is a gap.",
  csatBreakdown: "Answers of 1–2 (unsatisfied), 3 (neutral) and 4–5 (satisfied) in each group, and the group's CSAT.",
  ces: "CES = mean of the answers on the 1–7 scale (7 = very easy).",
  cesDistribution: "How many answers gave each score from 1 to 7.",
  cesWeekly: "Mean effort score of each week's answers. A week without answers is a gap.",
  cesBreakdown: "Answers of 1–3 (hard), 4 (neutral) and 5–7 (easy) in each group, and the group's mean.",
  openAnswers: "Answers to the open question in the period, newest first.",
  openWeekly: "Answers per week.",
  verbatims:
    "Comments left with a score, newest first. Tone: NPS detractor 0–6 / passive 7–8 / promoter 9–10; CSAT 1–2 / 3 / 4–5; CES 1–3 / 4 / 5–7.",
} as const;

/** How each kind names its three tones. */
export const TONE_LABELS = {
  nps: { negative: "Detractors", neutral: "Passives", positive: "Promoters" },
  csat: { negative: "Unsatisfied", neutral: "Neutral", positive: "Satisfied" },
  ces: { negative: "Hard", neutral: "Neutral", positive: "Easy" },
  open: { negative: "Negative", neutral: "Neutral", positive: "Positive" },
} as const;

/** One answer's tone as a word (CSV "category" column, verbatim badges). */
export const TONE_WORD = {
  nps: { negative: "detractor", neutral: "passive", positive: "promoter" },
  csat: { negative: "negative", neutral: "neutral", positive: "positive" },
  ces: { negative: "negative", neutral: "neutral", positive: "positive" },
  open: { negative: "", neutral: "", positive: "" },
} as const;
