import { z } from "zod";
import { ZCondition } from "../audience/condition";
import { ZJobOut } from "../jobs/schemas";

export const ZPersonaInput = z.object({
  name: z.string().trim().min(1, "Name the persona").max(80),
  description: z.string().max(500).default(""),
  rules: z.array(ZCondition).min(1, "Add at least one condition").max(20),
});
export type TPersonaInput = z.infer<typeof ZPersonaInput>;

// ---------------------------------------------------------------- outputs

export const ZPersonaOut = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  rules: z.array(ZCondition),
  priority: z.number().int(),
});

/** In priority order; `users`: how many have the persona now; `unassigned`: how many have none. */
export const ZPersonaListOut = z.object({
  personas: z.array(ZPersonaOut.extend({ users: z.number().int() })),
  unassigned: z.number().int(),
});

/** A save reassigns every user in the background: `job` is what the UI polls. */
export const ZPersonaSavedOut = z.object({ persona: ZPersonaOut, job: ZJobOut });
