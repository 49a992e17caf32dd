// Airtouch: a fictional data-integration product that embeds Cairn exactly as a customer would
// (the install snippet and a public write key; it talks to Cairn only through window.cairn).
// Everything under /demo renders on the client; see components/demo/.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DemoRoot } from "@/components/demo/demo-root";

export const metadata: Metadata = {
  title: "Airtouch · move data into and out of your warehouse",
  description: "A demo host product with Cairn embedded.",
  robots: { index: false },
};

export default function DemoLayout({ children }: { children: ReactNode }) {
  return <DemoRoot>{children}</DemoRoot>;
}
