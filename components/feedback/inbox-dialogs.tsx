"use client";

import type { FeedbackRow } from "@/server/feedback/schemas";
import { AddFeedbackDialog } from "./add-feedback-dialog";
import { DuplicateDialog } from "./duplicate-dialog";
import { LinkRoadmapDialog } from "./link-roadmap-dialog";
import { ShortcutHelp } from "./shortcut-help";
import { TagDialog } from "./tag-dialog";
import type { Triage } from "./use-triage";

/** The inbox's one open dialog, if any. */
export type DialogState =
  | { kind: "link"; targets: FeedbackRow[] }
  | { kind: "duplicate"; target: FeedbackRow }
  | { kind: "tag"; ids: string[] }
  | { kind: "add" }
  | { kind: "help" }
  | null;

export const plural = (n: number) => (n === 1 ? "1 piece of feedback" : `${n} pieces of feedback`);

/** Renders the open dialog. `onTriaged` gets what to announce, the rows touched and the status
 * they now have (null when it did not change); `onAdded` the new feedback's id. */
export function InboxDialogs(props: {
  dialog: DialogState;
  triage: Triage;
  writable: boolean;
  onClose(): void;
  onTriaged(message: string, ids: string[], status: string | null): void;
  onAdded(id: string): void;
}) {
  const { dialog, triage, onClose, onTriaged } = props;
  if (!dialog) return null;
  switch (dialog.kind) {
    case "link":
      return (
        <LinkRoadmapDialog
          targets={dialog.targets}
          triage={triage}
          onClose={onClose}
          onDone={() =>
            onTriaged(
              `${plural(dialog.targets.length)} linked to the roadmap.`,
              dialog.targets.map((t) => t.id),
              "linked",
            )
          }
        />
      );
    case "duplicate":
      return (
        <DuplicateDialog
          target={dialog.target}
          triage={triage}
          onClose={onClose}
          onDone={() => onTriaged("Marked as a duplicate.", [dialog.target.id], "duplicate")}
        />
      );
    case "tag":
      return (
        <TagDialog
          ids={dialog.ids}
          triage={triage}
          onClose={onClose}
          onDone={() => onTriaged(`Tags of ${plural(dialog.ids.length)} updated.`, dialog.ids, null)}
        />
      );
    case "add":
      return <AddFeedbackDialog triage={triage} onClose={onClose} onDone={props.onAdded} />;
    case "help":
      return <ShortcutHelp writable={props.writable} onClose={onClose} />;
  }
}
