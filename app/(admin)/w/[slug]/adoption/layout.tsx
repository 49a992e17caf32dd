import { Suspense, type ReactNode } from "react";
import { AdoptionTabs } from "@/components/adoption/adoption-tabs";
import { Loading } from "@/components/ui/card";

// Reports read their filters from the URL (useSearchParams), which needs a Suspense boundary.
export default function AdoptionLayout({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<Loading />}>
      <AdoptionTabs />
      {children}
    </Suspense>
  );
}
