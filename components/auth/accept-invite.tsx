"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/components/providers/trpc";

export function AcceptInvite({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(
    trpc.account.acceptInvite.mutationOptions({ onSuccess: (ws) => router.push(`/w/${ws.slug}`) }),
  );
  return (
    <div className="space-y-3">
      <Button className="w-full" onClick={() => accept.mutate({ token })} disabled={accept.isPending}>
        Join the workspace
      </Button>
      {accept.error ? <p className="text-sm text-red-700">{accept.error.message}</p> : null}
    </div>
  );
}
