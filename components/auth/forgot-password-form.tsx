"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Field, Input } from "@/components/ui/field";
import { useTRPC } from "@/components/providers/trpc";

export function ForgotPasswordForm() {
  const hydrated = useHydrated();
  const trpc = useTRPC();
  const request = useMutation(trpc.account.requestPasswordReset.mutationOptions());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.mutate({ email: String(new FormData(event.currentTarget).get("email") ?? "") });
  }

  if (request.isSuccess)
    return (
      <div className="space-y-3 text-sm text-stone-700" data-testid="reset-requested">
        <p>
          If an account exists for that address, a link to choose a new password is on its way. It works for an hour.
        </p>
        <Link className="font-medium text-brand-700 hover:underline" href="/signin">
          Back to sign in
        </Link>
      </div>
    );
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4">
      <p className="text-sm text-stone-600">Enter the email address of your account and we will send you a link.</p>
      <Field label="Email">
        <Input name="email" type="email" autoComplete="email" required />
      </Field>
      {request.error ? (
        <p className="text-sm text-red-700" data-testid="form-error">
          {request.error.message}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={!hydrated || request.isPending}>
        Send the link
      </Button>
    </form>
  );
}
