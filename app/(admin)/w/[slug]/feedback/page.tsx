import { Suspense } from "react";
import { FeedbackInbox } from "@/components/feedback/feedback-inbox";
import { Loading } from "@/components/ui/card";

// The inbox reads its filters from the query string (useSearchParams), hence the boundary.
export default function FeedbackPage() {
  return (
    <Suspense fallback={<Loading label="Loading feedback…" />}>
      <FeedbackInbox />
    </Suspense>
  );
}
