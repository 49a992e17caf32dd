/** Prisma's unique-constraint error (P2002), from either generated client: two requests carrying
 * the same messageId, or two answers to one display, raced and the database kept one. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}
