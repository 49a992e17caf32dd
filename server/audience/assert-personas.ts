import type { DbOrTx } from "../db";
import { AppError } from "../errors";

/** Targeting may only name the workspace's own personas. Another tenant's id and an id that
 * never existed get the same answer, so the check reveals nothing about other workspaces. */
export async function assertPersonasInWorkspace(
  db: DbOrTx,
  workspaceId: string,
  personaIds: readonly string[],
): Promise<void> {
  if (personaIds.length === 0) return;
  const found = await db.persona.findMany({
    where: { workspaceId, id: { in: [...personaIds] } },
    select: { id: true },
  });
  const known = new Set(found.map((p) => p.id));
  const unknown = personaIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) {
    throw new AppError("BAD_REQUEST", "Targeting names a persona that does not exist in this workspace.", [
      { path: `targeting.personaIds.${unknown}`, message: "Unknown persona" },
    ]);
  }
}
