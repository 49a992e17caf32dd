import { matchesAll, type Condition } from "./condition";

export type PersonaRule = { id: string; priority: number; rules: Condition[] };

/** A user's persona is the first persona, by ascending priority, whose conditions all hold.
 * A persona with no conditions matches nobody (it would otherwise swallow every user). */
export function matchPersona(traits: Record<string, unknown>, personas: readonly PersonaRule[]): string | null {
  const ordered = [...personas].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  for (const p of ordered) {
    if (p.rules.length > 0 && matchesAll(traits, p.rules)) return p.id;
  }
  return null;
}
