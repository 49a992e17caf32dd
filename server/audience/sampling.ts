import { stableBucket } from "./stable-bucket";

/**
 * A user's position in [0, 100) for one survey: the same stable hash as the checklists' holdout
 * (server/audience/stable-bucket.ts: the first 32 bits of sha256("<surveyId>:<userId>") scaled to
 * 0–100). The same (survey, user) pair always lands in the same place, on every app instance,
 * and different surveys sample users independently.
 */
export function samplingBucket(surveyId: string, userId: string): number {
  return stableBucket(surveyId, userId);
}

/**
 * In the survey's sample: bucket < samplingPercent. 100 (or more) samples everybody, 0 (or less)
 * nobody; a user in a 30% sample stays in it when the survey is raised to 50%.
 */
export function isSampled(surveyId: string, userId: string, samplingPercent: number): boolean {
  return samplingBucket(surveyId, userId) < samplingPercent;
}
