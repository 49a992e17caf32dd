import { AppError } from "../errors";
import type { Db } from "../db";
import { decodeTimeCursor, encodeTimeCursor } from "../paging/keyset";
import { keyProperties } from "./format";
import { EVENTS_PAGE, type TUserEvents } from "./schemas";

// A user's raw events, newest first, by keyset on (timestamp, id): the drill-down is the one
// place the People pages read raw events.

export async function getUserEvents(args: {
  db: Db;
  workspaceId: string;
  input: { id: string; cursor?: string };
}): Promise<TUserEvents> {
  const { db, workspaceId, input } = args;
  const user = await db.endUser.findFirst({ where: { id: input.id, workspaceId }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", "No such user in this workspace.");
  const after = input.cursor ? decodeTimeCursor(input.cursor) : null;
  if (input.cursor && !after) throw new AppError("BAD_REQUEST", "Not a cursor of this list.");
  const rows = await db.event.findMany({
    where: {
      workspaceId,
      endUserId: user.id,
      ...(after ? { OR: [{ timestamp: { lt: after.at } }, { timestamp: after.at, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ timestamp: "desc" }, { id: "desc" }],
    take: EVENTS_PAGE + 1,
    select: { id: true, type: true, name: true, properties: true, timestamp: true },
  });
  const page = rows.slice(0, EVENTS_PAGE);
  const last = page[page.length - 1];
  return {
    events: page.map((e) => ({ ...e, properties: keyProperties(e.properties) })),
    nextCursor: rows.length > EVENTS_PAGE && last ? encodeTimeCursor({ createdAt: last.timestamp, id: last.id }) : null,
  };
}
