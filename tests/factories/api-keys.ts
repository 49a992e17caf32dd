import type { Db } from "../../server/db";
import { createApiKey } from "../../server/api-keys/api-keys";
import { unique } from "./unique";

/** A key made by the real service, so its hash and prefix are what ingest expects. */
export async function createWriteKey(
  db: Db,
  workspaceId: string,
  opts: { kind?: "write" | "secret"; revoked?: boolean; name?: string } = {},
): Promise<{ id: string; key: string }> {
  const created = await createApiKey({
    db,
    workspaceId,
    by: { actor: { kind: "system" }, ip: null },
    input: { kind: opts.kind ?? "write", name: opts.name ?? `key ${unique()}` },
  });
  if (opts.revoked) await db.apiKey.update({ where: { id: created.id }, data: { revokedAt: new Date() } });
  return { id: created.id, key: created.key };
}
