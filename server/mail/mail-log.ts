import type { Db } from "../db";
import { can } from "../workspaces/permissions";
import { listMyWorkspaces } from "../workspaces/workspaces";
import { listOutbox } from "./outbox";

/** The dev mail log as one user sees it: mail to them, and mail of workspaces whose members they manage. */
export async function listMailLog(args: { db: Db; user: { id: string; email: string } }) {
  const mine = await listMyWorkspaces({ db: args.db, userId: args.user.id });
  const managed = mine.filter((w) => can(w.role, "members.manage")).map((w) => w.id);
  return listOutbox({ db: args.db, workspaceIds: managed, email: args.user.email });
}
