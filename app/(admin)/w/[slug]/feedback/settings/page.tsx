import { FeedbackButtonSettings } from "@/components/feedback/button-settings";

export default function FeedbackSettingsPage() {
  return <FeedbackButtonSettings />;
}
