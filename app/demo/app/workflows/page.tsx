import type { Metadata } from "next";
import { WorkflowsView } from "@/components/demo/workflows-view";

export const metadata: Metadata = { title: "Workflows · Airtouch" };

export default function AirtouchWorkflowsPage() {
  return <WorkflowsView />;
}
