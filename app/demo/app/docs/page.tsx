import type { Metadata } from "next";
import { DocsView } from "@/components/demo/docs-view";

export const metadata: Metadata = { title: "Docs · Airtouch" };

export default function AirtouchDocsPage() {
  return <DocsView />;
}
