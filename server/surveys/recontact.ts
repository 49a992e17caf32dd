import type { Db } from "../db";

/** Workspace.recontactDays: the wait between any two surveys shown to one end user, across all
 * surveys (eligibility rule 11). Read by every member; PMs change it from the surveys page. */
export async function getRecontact(args: { db: Db; workspaceId: string }): Promise<{ recontactDays: number }> {
  const ws = await args.db.workspace.findUniqueOrThrow({
    where: { id: args.workspaceId },
    select: { recontactDays: true },
  });
  return ws;
}

export async function updateRecontact(args: {
  db: Db;
  workspaceId: string;
  recontactDays: number;
}): Promise<{ recontactDays: number }> {
  return args.db.workspace.update({
    where: { id: args.workspaceId },
    data: { recontactDays: args.recontactDays },
    select: { recontactDays: true },
  });
}
