import { HEALTH } from "../engagement/account-health";
// Inputs and outputs of the Users and Accounts pages. No server imports: the pages reuse them.
import { z } from "zod";
import { ZAdoptionFilterFields } from "../analytics/schemas";

/** Rows on one page of a list; the CSV asks for up to MAX_EXPORT_ROWS in one page. */
export const PAGE_SIZE = 50;
export const MAX_EXPORT_ROWS = 10_000;
/** Days counted by "active days" / "active users" on the lists and pages, today included. */
export const ACTIVE_WINDOW_DAYS = 30;
/** Days the activity charts of a user or account cover, today included. */
export const ACTIVITY_DAYS = 90;
/** Raw events per page of a user's timeline. */
export const EVENTS_PAGE = 50;

const ZId = z.string().min(1).max(100);
const ZSearch = z.string().trim().max(200, "Search: use at most 200 characters").optional();
const ZDir = z.enum(["asc", "desc"]).default("asc");
const ZPaging = {
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(MAX_EXPORT_ROWS).default(PAGE_SIZE),
};
/** The Adoption filter without its period: the lists are about people, not a date range. */
const ZWho = ZAdoptionFilterFields.pick({ personaId: true, accountId: true, segment: true });

export const USER_SORTS = ["name", "firstSeen", "lastSeen", "activeDays", "features", "nps"] as const;
export const ZUsersInput = ZWho.extend({
  search: ZSearch,
  sort: z.enum(USER_SORTS).default("lastSeen"),
  dir: ZDir,
  ...ZPaging,
});
export type TUsersInput = z.infer<typeof ZUsersInput>;
export type TUsersInputIn = z.input<typeof ZUsersInput>;

export const ACCOUNT_SORTS = [
  "name",
  "users",
  "activeUsers",
  "firstSeen",
  "lastSeen",
  "features",
  "nps",
  "engagement",
] as const;
export const ZAccountsInput = ZWho.extend({
  search: ZSearch,
  /** Only accounts of this health (server/engagement/account-health.ts). */
  health: z.enum(HEALTH).optional(),
  sort: z.enum(ACCOUNT_SORTS).default("lastSeen"),
  dir: ZDir,
  ...ZPaging,
});
export type TAccountsInput = z.infer<typeof ZAccountsInput>;
export type TAccountsInputIn = z.input<typeof ZAccountsInput>;

export const ZUserRow = z.object({
  id: z.string(),
  externalId: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  persona: z.object({ id: z.string(), name: z.string() }).nullable(),
  account: z.object({ id: z.string(), externalId: z.string(), name: z.string().nullable() }).nullable(),
  plan: z.string().nullable(),
  firstSeenAt: z.date(),
  lastSeenAt: z.date(),
  activeDays: z.number(),
  features: z.number(),
  /** The user's latest answer to an NPS survey (0–10), null when they never answered one. */
  npsScore: z.number().nullable(),
});
export type TUserRow = z.infer<typeof ZUserRow>;
export const ZUsersPage = z.object({
  rows: z.array(ZUserRow),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type TUsersPage = z.infer<typeof ZUsersPage>;

const ZNpsSummary = z.object({
  nps: z.number().nullable(),
  promoters: z.number(),
  passives: z.number(),
  detractors: z.number(),
  n: z.number(),
});
export type TNpsSummary = z.infer<typeof ZNpsSummary>;

export const ZAccountRow = z.object({
  id: z.string(),
  externalId: z.string(),
  name: z.string().nullable(),
  plan: z.string().nullable(),
  mrr: z.number().nullable(),
  users: z.number(),
  activeUsers: z.number(),
  firstSeenAt: z.date(),
  lastSeenAt: z.date(),
  features: z.number(),
  /** Core features (Settings → Features) adopted, of `coreFeatures` in the workspace. */
  keyFeatures: z.number(),
  coreFeatures: z.number(),
  /** Feedback from its users still to handle (new or triaged). */
  openFeedback: z.number(),
  /** Account NPS over its users' latest responses; null when none answered. */
  nps: z.number().nullable(),
  npsResponses: z.number(),
  /** The latest engagement snapshot's score, and the one a window earlier; null without one. */
  engagement: z.number().nullable(),
  engagementBefore: z.number().nullable(),
  health: z.enum(HEALTH),
});
export type TAccountRow = z.infer<typeof ZAccountRow>;
export const ZAccountsPage = z.object({
  rows: z.array(ZAccountRow),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type TAccountsPage = z.infer<typeof ZAccountsPage>;

export const ZIdInput = z.object({ id: ZId });

const ZFeatureUse = z.object({
  featureId: z.string(),
  name: z.string(),
  firstDay: z.string(),
  lastDay: z.string(),
  uses: z.number(),
});
const ZDayCount = z.object({ day: z.string(), count: z.number() });
const ZFeedbackItem = z.object({
  id: z.string(),
  text: z.string(),
  status: z.string(),
  createdAt: z.date(),
  author: z.object({ id: z.string(), externalId: z.string() }).nullable(),
});

export const ZUserDetail = z.object({
  id: z.string(),
  externalId: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  persona: z.object({ id: z.string(), name: z.string() }).nullable(),
  account: z.object({ id: z.string(), externalId: z.string(), name: z.string().nullable() }).nullable(),
  plan: z.string().nullable(),
  locale: z.string().nullable(),
  firstSeenAt: z.date(),
  lastSeenAt: z.date(),
  /** Calendar days in the workspace's time zone. */
  firstSeenDay: z.string(),
  lastSeenDay: z.string(),
  traits: z.array(z.object({ key: z.string(), value: z.string() })),
  activeDays: z.number(),
  /** Events per day over the last ACTIVITY_DAYS days, oldest first, days without events included. */
  activity: z.array(ZDayCount),
  features: z.array(ZFeatureUse),
  checklists: z.array(
    z.object({
      checklistId: z.string(),
      title: z.string(),
      group: z.string(),
      itemsDone: z.number(),
      items: z.number(),
      seenAt: z.date().nullable(),
      completedAt: z.date().nullable(),
      dismissedAt: z.date().nullable(),
    }),
  ),
  surveys: z.array(
    z.object({
      id: z.string(),
      surveyId: z.string(),
      surveyName: z.string(),
      kind: z.string(),
      score: z.number().nullable(),
      comment: z.string().nullable(),
      createdAt: z.date(),
    }),
  ),
  feedback: z.array(ZFeedbackItem),
});
export type TUserDetail = z.infer<typeof ZUserDetail>;

export const ZUserEventsInput = z.object({
  id: ZId,
  cursor: z
    .string()
    .max(200)
    .regex(/^\d+\..+$/, "Not a cursor of this list")
    .optional(),
});
export const ZUserEvents = z.object({
  events: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      name: z.string(),
      properties: z.array(z.object({ key: z.string(), value: z.string() })),
      timestamp: z.date(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export type TUserEvents = z.infer<typeof ZUserEvents>;

export const ZAccountDetail = z.object({
  id: z.string(),
  externalId: z.string(),
  name: z.string().nullable(),
  plan: z.string().nullable(),
  mrr: z.number().nullable(),
  firstSeenAt: z.date(),
  lastSeenAt: z.date(),
  traits: z.array(z.object({ key: z.string(), value: z.string() })),
  /** Its users (most recently seen first, at most MAX_ACCOUNT_USERS) and how many it has. */
  users: z.array(
    z.object({
      id: z.string(),
      externalId: z.string(),
      name: z.string().nullable(),
      persona: z.string().nullable(),
      lastSeenAt: z.date(),
      activeDays: z.number(),
    }),
  ),
  userCount: z.number(),
  activeUsers: z.number(),
  /** Events per day over the last ACTIVITY_DAYS days, oldest first. */
  events: z.array(ZDayCount),
  /** Distinct active users per 7-day week, the last 13 weeks ending today, oldest first. */
  weeklyActiveUsers: z.array(z.object({ from: z.string(), to: z.string(), users: z.number() })),
  features: z.array(ZFeatureUse.extend({ users: z.number() })),
  nps: ZNpsSummary,
  feedback: z.array(ZFeedbackItem),
});
export type TAccountDetail = z.infer<typeof ZAccountDetail>;

export const MAX_ACCOUNT_USERS = 500;
export const WEEKS_OF_ACTIVITY = 13;

/** The definitions shown beside each figure (DESIGN.md: every number is defined). */
export const PEOPLE_DEFINITIONS = {
  activeDays: `Active days: days with at least one tracked event, page or screen view in the last ${ACTIVE_WINDOW_DAYS} days (today included), in the workspace's time zone.`,
  activeUsers: `Active users: the account's users with at least one tracked event, page or screen view in the last ${ACTIVE_WINDOW_DAYS} days (today included), in the workspace's time zone.`,
  features:
    "Features adopted: features the user (or account) has used at least once, ever (any matching tracked event).",
  userNps:
    "NPS answer: the user's latest answer (0–10) to an NPS survey. Promoters answer 9–10, passives 7–8, detractors 0–6.",
  accountNps:
    "Account NPS: % promoters (9–10) − % detractors (0–6) over the latest NPS answer of each of its users given under this account, −100…100.",
  activity: `Events per day: tracked events, page and screen views in the last ${ACTIVITY_DAYS} days, in the workspace's time zone.`,
  weeklyActive: `Active users per week: distinct users of the account with at least one tracked event, page or screen view in each 7-day week, the last ${WEEKS_OF_ACTIVITY} weeks ending today.`,
  users: "Users: end users who belong to the account now.",
  keyFeatures:
    "Key features: the core features (Settings → Features) the account has used at least once, of all core features.",
  openFeedback:
    "Open feedback: feedback from the account's users that is new or triaged, not yet linked, merged or dismissed.",
} as const;
