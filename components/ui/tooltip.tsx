"use client";

import * as RadixTooltip from "@radix-ui/react-tooltip";
import type { ReactElement, ReactNode } from "react";

/**
 * A short explanation shown on hover and on keyboard focus (Radix Tooltip: role="tooltip", tied
 * to its trigger by aria-describedby, closed by Escape). `children` must be one element that
 * can take focus; for plain text use `HintText`. Each tooltip brings its own provider so a page
 * needs no setup to use one.
 */
export function Tooltip({
  content,
  children,
  side = "top",
}: {
  content: ReactNode;
  children: ReactElement;
  side?: "top" | "bottom" | "left" | "right";
}) {
  return (
    <RadixTooltip.Provider delayDuration={300}>
      <RadixTooltip.Root>
        <RadixTooltip.Trigger asChild>{children}</RadixTooltip.Trigger>
        <RadixTooltip.Portal>
          <RadixTooltip.Content
            side={side}
            sideOffset={4}
            className="z-50 max-w-xs rounded-md bg-stone-900 px-2.5 py-1.5 text-xs font-normal normal-case tracking-normal text-white shadow-lg"
          >
            {content}
            <RadixTooltip.Arrow className="fill-stone-900" />
          </RadixTooltip.Content>
        </RadixTooltip.Portal>
      </RadixTooltip.Root>
    </RadixTooltip.Provider>
  );
}

/** Text with a dotted underline that explains itself on hover or focus (a column header, a figure). */
export function HintText({ hint, children }: { hint: ReactNode; children: ReactNode }) {
  return (
    <Tooltip content={hint}>
      <span
        tabIndex={0}
        className="cursor-help underline decoration-stone-300 decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-brand-500"
      >
        {children}
      </span>
    </Tooltip>
  );
}
