"use client";

import { useMemo, useState } from "react";

/**
 * The state every "create or edit" form keeps: the saved record (null until created), the draft
 * being edited, whether it differs from what was saved, and a notice line. `afterSave` takes the
 * record the server returned, so new children (items with fresh ids) update rather than recreate
 * on the next save.
 */
export function useDraftSession<TSaved, TDraft, TInput>(opts: {
  initial: TSaved | null;
  toDraft: (saved: TSaved) => TDraft;
  emptyDraft: () => TDraft;
  toInput: (draft: TDraft) => TInput;
}) {
  const { toDraft, toInput } = opts;
  const [saved, setSaved] = useState<TSaved | null>(opts.initial);
  const [draft, setDraft] = useState<TDraft>(() => (opts.initial ? toDraft(opts.initial) : opts.emptyDraft()));
  const [baseline, setBaseline] = useState(() => JSON.stringify(toInput(draft)));
  const [notice, setNotice] = useState<string | null>(null);
  const input = useMemo(() => toInput(draft), [draft, toInput]);
  const dirty = JSON.stringify(input) !== baseline;

  function afterSave(record: TSaved) {
    const next = toDraft(record);
    setSaved(record);
    setDraft(next);
    setBaseline(JSON.stringify(toInput(next)));
    setNotice("Saved.");
  }

  const set = (patch: Partial<TDraft>) => setDraft((d) => ({ ...d, ...patch }));
  return { saved, setSaved, draft, setDraft, set, input, dirty, notice, setNotice, afterSave };
}
