/** A checklist's goal event as stored: the one the PM chose, else its last item's completion
 * event (the step that means "onboarded" when nothing better is named). */
export function resolveGoalEvent(
  goalEvent: string | null,
  items: readonly { completion: { event: string } }[],
): string | null {
  return goalEvent ?? items[items.length - 1]?.completion.event ?? null;
}
