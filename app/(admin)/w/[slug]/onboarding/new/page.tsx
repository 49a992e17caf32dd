import { ChecklistEditor } from "@/components/checklists/checklist-editor";

export default function NewChecklistPage() {
  return <ChecklistEditor />;
}
