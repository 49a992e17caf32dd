// Merging one roadmap item into another keeps every voter's vote once (Canny's and Fider's rule:
// votes move, a voter on both counts once). Pure: merge-items.ts applies the plan in a
// transaction and records it so the merge can be undone.

export type VoteRow = { id: string; voterKey: string };

export type VoteMergePlan = {
  /** Source votes whose voter has no vote on the target: they move to it. */
  move: string[];
  /** Source votes whose voter already voted on the target: dropped (kept in the merge record). */
  drop: string[];
};

export function planVoteMerge(source: readonly VoteRow[], target: readonly VoteRow[]): VoteMergePlan {
  const onTarget = new Set(target.map((v) => v.voterKey));
  const move: string[] = [];
  const drop: string[] = [];
  for (const v of source) {
    if (onTarget.has(v.voterKey)) drop.push(v.id);
    else {
      move.push(v.id);
      // Two source votes of one voter cannot exist (unique per item), but a plan never moves two.
      onTarget.add(v.voterKey);
    }
  }
  return { move, drop };
}

/** The distinct voters of items taken together: what a merged item's vote count must equal. */
export function distinctVoters(...items: readonly (readonly VoteRow[])[]): number {
  return new Set(items.flatMap((votes) => votes.map((v) => v.voterKey))).size;
}
