import { z } from "zod";
import { ZCondition } from "../audience/condition";

export const ZPersonaInput = z.object({
  name: z.string().trim().min(1, "Name the persona").max(80),
  description: z.string().max(500).default(""),
  rules: z.array(ZCondition).min(1, "Add at least one condition").max(20),
});
export type TPersonaInput = z.infer<typeof ZPersonaInput>;
