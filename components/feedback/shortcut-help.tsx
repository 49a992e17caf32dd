"use client";

import { Dialog } from "@/components/ui/dialog";
import { describeKeys, SHORTCUTS } from "./shortcuts";

export function ShortcutHelp({ writable, onClose }: { writable: boolean; onClose: () => void }) {
  const shown = SHORTCUTS.filter((s) => writable || !s.write);
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} testId="shortcut-help">
      <p className="mb-3 text-sm text-stone-500">
        They work anywhere in the inbox except while you type in a field. With feedback selected (x), status keys apply
        to the whole selection.
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        {shown.map((s) => (
          <div key={s.action} className="contents">
            <dt>
              <kbd className="rounded border border-stone-300 bg-stone-50 px-1.5 py-0.5 font-mono text-xs text-stone-800">
                {describeKeys(s.keys)}
              </kbd>
            </dt>
            <dd className="text-stone-700">{s.label}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
