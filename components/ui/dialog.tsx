"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";

/**
 * A modal on Radix Dialog: focus is trapped inside, Escape, the ✕ and a click outside close it,
 * and focus returns to what had it. Mount it to open it; `onClose` is called however it closes.
 * A field marked `data-autofocus` gets focus on open (else the first focusable one does).
 */
export function Dialog({
  title,
  onClose,
  children,
  wide = false,
  testId,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  testId?: string;
}) {
  return (
    <RadixDialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-stone-900/40" />
        <RadixDialog.Content
          data-testid={testId}
          // No separate description: the title names the dialog and its content speaks for itself.
          aria-describedby={undefined}
          onOpenAutoFocus={(e) => {
            const field = (e.currentTarget as HTMLElement | null)?.querySelector<HTMLElement>("[data-autofocus]");
            if (!field) return;
            e.preventDefault();
            field.focus();
          }}
          className={`fixed left-1/2 top-1/2 z-50 max-h-[calc(100vh-2rem)] w-[calc(100%-2rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto ${wide ? "max-w-2xl" : "max-w-lg"} rounded-lg bg-white shadow-xl focus:outline-none`}
        >
          <div className="flex items-center justify-between gap-4 border-b border-stone-100 px-5 py-3">
            <RadixDialog.Title className="text-base font-semibold text-stone-900">{title}</RadixDialog.Title>
            <RadixDialog.Close
              className="rounded px-2 py-1 text-stone-500 hover:bg-stone-100 hover:text-stone-900 focus-visible:outline-2 focus-visible:outline-brand-500"
              aria-label="Close"
            >
              ✕
            </RadixDialog.Close>
          </div>
          <div className="px-5 py-4">{children}</div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
