import { stableBucket } from "./stable-bucket";

/** A user's position in [0, 100) for one checklist's holdout (see stable-bucket.ts). */
export function holdoutBucket(checklistId: string, userId: string): number {
  return stableBucket(checklistId, userId);
}

/** In the control group: never shown the checklist, so its impact can be measured against them. */
export function isInHoldout(checklistId: string, userId: string, holdoutPercent: number): boolean {
  return holdoutPercent > 0 && holdoutBucket(checklistId, userId) < holdoutPercent;
}

export type ExposureGroup = "exposed" | "holdout";

export function exposureGroup(checklistId: string, userId: string, holdoutPercent: number): ExposureGroup {
  return isInHoldout(checklistId, userId, holdoutPercent) ? "holdout" : "exposed";
}
