import { personFromTraits } from "../feedback/feedback-rows";

/** How this user's roadmap votes and notifications are found. Such a row may carry only an email
 * address (a voter on the public roadmap who gave it), so when the user's traits hold an email,
 * rows with that address are theirs too. */
export function personFilters(user: { id: string; traits: unknown }) {
  const email = personFromTraits(user.traits).email?.trim() || null;
  if (!email) return { votes: { endUserId: user.id }, notifications: { endUserId: user.id } };
  const lower = email.toLowerCase();
  return {
    votes: { OR: [{ endUserId: user.id }, { voterKey: `e:${lower}` }] },
    notifications: { OR: [{ endUserId: user.id }, { email: { in: [...new Set([email, lower])] } }] },
  };
}
