"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/components/providers/trpc";
import { safeNext } from "@/server/workspaces/schemas";

export function ConfirmEmail({ token, next }: { token: string; next?: string }) {
  const trpc = useTRPC();
  const confirm = useMutation(trpc.account.verifyEmail.mutationOptions());
  const back = safeNext(next, "");
  const signInHref = back ? `/signin?next=${encodeURIComponent(back)}` : "/signin";

  if (confirm.data) {
    return (
      <div className="space-y-3 text-sm text-stone-700" data-testid="email-confirmed">
        <p>
          <strong>{confirm.data.email}</strong> is confirmed.
        </p>
        <Link className="font-medium text-brand-700 hover:underline" href={signInHref}>
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <Button className="w-full" onClick={() => confirm.mutate({ token })} disabled={confirm.isPending}>
        Confirm my email address
      </Button>
      {confirm.error ? (
        <p className="text-sm text-red-700" data-testid="form-error">
          {confirm.error.message}
        </p>
      ) : null}
    </div>
  );
}
