import { ChecklistEditor } from "@/components/checklists/checklist-editor";

export default async function ChecklistPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ChecklistEditor checklistId={id} />;
}
