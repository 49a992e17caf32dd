// The Airtouch product (header, sidebar). Needs a demo user: from the picker at /demo, from
// localStorage, or from a deep link (query parameters documented in ./page.tsx).
import type { ReactNode } from "react";
import { AppShell } from "@/components/demo/app-shell";

export default function AirtouchAppLayout({ children }: { children: ReactNode }) {
  return <AppShell>{children}</AppShell>;
}
