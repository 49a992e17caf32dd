import { Suspense } from "react";
import { AccountsList } from "@/components/people/accounts-list";
import { Loading } from "@/components/ui/card";

// The list reads its filter, search, sort and page from the URL (useSearchParams), which needs a
// Suspense boundary.
export default function AccountsPage() {
  return (
    <Suspense fallback={<Loading />}>
      <AccountsList />
    </Suspense>
  );
}
