import type { Db } from "../db";
import type { TInstallStatus } from "./schemas";

/** The Install page's state. `showKeys`: the member may see the workspace's write keys (public by
 * nature, but a viewer has no use for one and could send data with it). */
export async function getInstallStatus(args: {
  db: Db;
  workspaceId: string;
  showKeys: boolean;
}): Promise<TInstallStatus> {
  const { db, workspaceId } = args;
  const [workspace, keys] = await Promise.all([
    db.workspace.findUniqueOrThrow({
      where: { id: workspaceId },
      select: { firstEventAt: true, firstIdentifyAt: true, firstWidgetAt: true },
    }),
    db.apiKey.findMany({
      where: { workspaceId, kind: "write", revokedAt: null },
      select: { id: true, name: true, publicKey: true, lastUsedAt: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  const shown = keys.flatMap((k) =>
    k.publicKey ? [{ id: k.id, name: k.name, key: k.publicKey, lastUsedAt: k.lastUsedAt }] : [],
  );
  return {
    writeKeys: args.showKeys ? shown : null,
    hiddenWriteKeys: keys.length - shown.length,
    ...workspace,
  };
}
