"use client";

import * as RadixMenu from "@radix-ui/react-dropdown-menu";
import type { ReactNode } from "react";

export type MenuEntry =
  | { kind?: "item"; key: string; label: ReactNode; onSelect: () => void; checked?: boolean; disabled?: boolean }
  | { kind: "separator"; key: string };

/**
 * A button that opens a list of actions (Radix DropdownMenu: role="menu", arrow keys, typeahead,
 * Escape, focus back on the button). An entry with `checked` is a menuitemcheckbox that marks
 * the current choice (the workspace you are in).
 */
export function Menu({
  trigger,
  entries,
  triggerClassName = "",
  triggerLabel,
  disabled = false,
  align = "start",
  testId,
}: {
  trigger: ReactNode;
  entries: MenuEntry[];
  triggerClassName?: string;
  /** When the trigger's text alone does not say what the menu is for. */
  triggerLabel?: string;
  disabled?: boolean;
  align?: "start" | "end";
  testId?: string;
}) {
  return (
    <RadixMenu.Root modal={false}>
      <RadixMenu.Trigger
        className={triggerClassName}
        aria-label={triggerLabel}
        disabled={disabled}
        data-testid={testId}
      >
        {trigger}
      </RadixMenu.Trigger>
      <RadixMenu.Portal>
        <RadixMenu.Content
          align={align}
          sideOffset={4}
          className="z-50 max-h-80 min-w-48 overflow-y-auto rounded-md bg-white p-1 text-sm text-stone-800 shadow-lg ring-1 ring-stone-200"
        >
          {entries.map((e) =>
            e.kind === "separator" ? (
              <RadixMenu.Separator key={e.key} className="my-1 h-px bg-stone-100" />
            ) : (
              <MenuItem key={e.key} entry={e} />
            ),
          )}
        </RadixMenu.Content>
      </RadixMenu.Portal>
    </RadixMenu.Root>
  );
}

const ITEM =
  "flex cursor-default items-center justify-between gap-3 rounded px-2 py-1.5 outline-none data-[disabled]:text-stone-400 data-[highlighted]:bg-brand-50 data-[highlighted]:text-brand-700";

function MenuItem({ entry }: { entry: Extract<MenuEntry, { onSelect: () => void }> }) {
  if (entry.checked === undefined) {
    return (
      <RadixMenu.Item disabled={entry.disabled} onSelect={entry.onSelect} className={ITEM}>
        {entry.label}
      </RadixMenu.Item>
    );
  }
  return (
    <RadixMenu.CheckboxItem
      checked={entry.checked}
      disabled={entry.disabled}
      onSelect={entry.onSelect}
      className={ITEM}
    >
      {entry.label}
      <RadixMenu.ItemIndicator>✓</RadixMenu.ItemIndicator>
    </RadixMenu.CheckboxItem>
  );
}
