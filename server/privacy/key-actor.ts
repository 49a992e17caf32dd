import type { AuditActor } from "../audit/record-audit";
import type { Db } from "../db";
import type { KeyOwner } from "../api-keys/api-keys";

/** The audit actor of a call made with an API key: the key, by id and name. */
export async function keyActor(db: Db, owner: KeyOwner): Promise<AuditActor> {
  const key = await db.apiKey.findFirst({
    where: { id: owner.keyId, workspaceId: owner.workspace.id },
    select: { name: true },
  });
  return { kind: "key", keyId: owner.keyId, name: key?.name ?? owner.keyId };
}
