import { Suspense } from "react";
import { UsersList } from "@/components/people/users-list";
import { Loading } from "@/components/ui/card";

// The list reads its filter, search, sort and page from the URL (useSearchParams), which needs a
// Suspense boundary.
export default function UsersPage() {
  return (
    <Suspense fallback={<Loading />}>
      <UsersList />
    </Suspense>
  );
}
