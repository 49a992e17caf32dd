// What the North Star and each input KPI count, shown beside them. Pure: pages import it.

export const NORTH_STAR_DEFINITIONS = {
  northStar:
    "The one weekly number that says customers get value, with a target. Weeks are whole 7-day weeks ending yesterday, so the latest is never a partial week.",
  kinds: {
    doers:
      "How many users or accounts did the event at least N times in the week (an account counts its users' calls together).",
    events: "How many times the event was called in the week, by everyone in the filter.",
    feature: "How many users or accounts used the feature (Settings → Features) in the week.",
  },
  inputs: "The levers that move the North Star, each per week in the unit chosen above the charts (users or accounts).",
  breadth:
    "Breadth: users (accounts) who did the core action in the week, and their share of those active (any call) that week.",
  depth: "Depth: of those who did the core action in the week, the share who did it at least twice.",
  frequency: "Frequency: mean calls of the core action per user (account) who did it in the week.",
  efficiency:
    "median time from a user's first 'from' event to their first 'to' event after it, by the week of the first 'from'; those who have not done 'to' yet are left out of the median and counted as not converted. An account runs from its first user's 'from' to the first 'to' by any of those users.",
  threshold:
    "Active users (accounts) who did the core action at least this many times in the week, against the other active ones.",
  change: "Change: the latest week against the week before, as a share of the week before.",
} as const;
