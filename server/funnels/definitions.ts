// What each funnel figure means, shown beside it. Pure: the report page imports it.

export const FUNNEL_DEFINITIONS = {
  funnel:
    "A subject enters on a first-step event inside the period. Each later step is the first matching event after the step before it, " +
    "no later than the window after the entry; other events may come in between, and one event satisfies one step only. " +
    "Of a subject's entries in the period, the one that went furthest counts.",
  steps:
    "Bars: subjects who reached each step, as a share of those who entered. Under each: conversion from the step before and the median time it took.",
  timeToConvert: "Time from the first to the last step of the subjects who completed the funnel inside the window.",
  breakdown:
    "The same funnel per group: the user's current persona, their account's plan, or a trait's current value. Groups beyond the largest nine are summed as Other.",
  dropOff:
    "The subjects who completed this step and no later one, and what they did in the period instead (users and calls per event, from the daily rollups).",
} as const;
