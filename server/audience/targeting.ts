import { matchesAll } from "./condition";
import { ZTargeting, type Targeting } from "./schemas";

export type TargetSubject = { personaId: string | null; traits: Record<string, unknown> };

/**
 * Whether a checklist is for this user. Definition: when the targeting names personas, the
 * user's persona must be one of them (a user without a persona matches none); every segment
 * condition must hold on the user's traits (comparisons as in server/audience/condition.ts).
 * No personas and no conditions: everyone.
 */
export function isTargeted(subject: TargetSubject, targeting: Targeting): boolean {
  if (targeting.personaIds.length > 0) {
    if (subject.personaId === null || !targeting.personaIds.includes(subject.personaId)) return false;
  }
  return matchesAll(subject.traits, targeting.conditions);
}

/** Stored targeting JSON, read defensively: anything unreadable targets nobody rather than
 * everybody, so a damaged row cannot show a checklist to the whole user base. */
export function readTargeting(json: unknown): Targeting {
  const parsed = ZTargeting.safeParse(json ?? {});
  if (parsed.success) return parsed.data;
  return { personaIds: ["__unreadable__"], conditions: [] };
}
