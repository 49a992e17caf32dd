import { createHash } from "node:crypto";

/**
 * A user's position in [0, 100) for one checklist: the first 32 bits of
 * sha256("<checklistId>:<userId>") scaled to 0–100. The same pair always lands in the same place
 * (no state to share between app instances), and different checklists split users independently.
 */
export function holdoutBucket(checklistId: string, userId: string): number {
  const digest = createHash("sha256").update(`${checklistId}:${userId}`).digest();
  return (digest.readUInt32BE(0) / 2 ** 32) * 100;
}

/** In the control group: never shown the checklist, so its impact can be measured against them. */
export function isInHoldout(checklistId: string, userId: string, holdoutPercent: number): boolean {
  return holdoutPercent > 0 && holdoutBucket(checklistId, userId) < holdoutPercent;
}

export type ExposureGroup = "exposed" | "holdout";

export function exposureGroup(checklistId: string, userId: string, holdoutPercent: number): ExposureGroup {
  return isInHoldout(checklistId, userId, holdoutPercent) ? "holdout" : "exposed";
}
