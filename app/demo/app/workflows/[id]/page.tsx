import type { Metadata } from "next";
import { WorkflowEditor } from "@/components/demo/workflow-editor";

export const metadata: Metadata = { title: "Workflow editor · Airtouch" };

export default async function AirtouchWorkflowPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WorkflowEditor workflowId={id} />;
}
