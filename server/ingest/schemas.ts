import { z } from "zod";

export const MAX_BATCH_MESSAGES = 500;
export const MAX_BODY_BYTES = 512 * 1024;
export const MAX_MESSAGE_BYTES = 32 * 1024;
/** Levels of objects/arrays in one message, the message itself included. */
export const MAX_MESSAGE_DEPTH = 32;

const ZBag = z.record(z.string(), z.unknown());
const ZId = z.union([z.string().trim().min(1).max(200), z.number().finite()]).transform(String);
const ZRequiredId = (message: string) =>
  z.union([z.string().trim().min(1).max(200), z.number().finite()], { error: message }).transform(String);

const ZCommon = z.object({
  userId: ZId.optional().nullable(),
  anonymousId: ZId.optional().nullable(),
  messageId: z.string().trim().min(1).max(200).optional(),
  timestamp: z.iso.datetime({ offset: true, message: "timestamp must be an ISO-8601 date-time" }).optional(),
  sentAt: z.string().optional(),
  /** The host server's signature of userId (docs/decisions/verified-identity.md); Segment
   * libraries, which drop unknown fields, send it as context.cairn.userHash. */
  userHash: z.string().max(2_000).optional(),
  context: ZBag.optional(),
  integrations: ZBag.optional(),
});

const ZIdentify = ZCommon.extend({ type: z.literal("identify"), traits: ZBag.optional() });
const ZTrack = ZCommon.extend({
  type: z.literal("track"),
  event: z.string().trim().min(1, "track needs an event name").max(200),
  properties: ZBag.optional(),
});
const ZPage = ZCommon.extend({
  type: z.literal("page"),
  name: z.string().max(200).optional(),
  category: z.string().max(200).optional(),
  properties: ZBag.optional(),
});
const ZGroup = ZCommon.extend({ type: z.literal("group"), groupId: ZId, traits: ZBag.optional() });
/** Mobile sources' page: a screen of the app. */
const ZScreen = ZCommon.extend({
  type: z.literal("screen"),
  name: z.string().max(200).optional(),
  category: z.string().max(200).optional(),
  properties: ZBag.optional(),
});
/** previousId (an anonymousId, or a former userId) is now userId. */
const ZAlias = ZCommon.extend({
  type: z.literal("alias"),
  previousId: ZRequiredId("alias needs a previousId: the id the user had before (an anonymousId or a former userId)"),
  userId: ZRequiredId("alias needs the userId the previous id becomes"),
});

export const MESSAGE_TYPES = ["identify", "track", "page", "screen", "group", "alias"] as const;

/** One Segment-spec message (identify, track, page, screen, group or alias). */
export const ZMessage = z
  .discriminatedUnion("type", [ZIdentify, ZTrack, ZPage, ZScreen, ZGroup, ZAlias], {
    error: (issue) => (issue.code === "invalid_union" ? `type must be one of ${MESSAGE_TYPES.join(", ")}` : undefined),
  })
  .refine((m) => Boolean(m.userId) || Boolean(m.anonymousId), {
    message: "a message needs a userId or an anonymousId",
    path: ["userId"],
  });

export type Message = z.infer<typeof ZMessage>;
export type MessageType = Message["type"];
