"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Field, Input } from "@/components/ui/field";
import { useTRPC } from "@/components/providers/trpc";
import { fieldErrors } from "@/components/ui/errors";
import { safeNext } from "@/server/workspaces/schemas";

export function SignUpForm({ next }: { next?: string }) {
  const hydrated = useHydrated();
  const trpc = useTRPC();
  const [password, setPassword] = useState("");
  const signUp = useMutation(trpc.account.signUp.mutationOptions());
  const back = safeNext(next, "");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    signUp.mutate({
      name: String(form.get("name")),
      email: String(form.get("email")),
      password,
      next: back || undefined,
    });
  }

  // The same answer for a new and a known address: the mailbox learns which it was.
  if (signUp.data) {
    return (
      <div className="space-y-3 text-sm text-stone-700" data-testid="check-inbox">
        <p className="font-medium">Check your inbox.</p>
        <p>
          We sent a link to <strong>{signUp.data.email}</strong>. Open it to confirm your address, then sign in. The
          link works for 24 hours.
        </p>
      </div>
    );
  }

  const errors = fieldErrors(signUp.error);
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4">
      <Field label="Your name" error={errors.name}>
        <Input name="name" autoComplete="name" required />
      </Field>
      <Field label="Work email" error={errors.email}>
        <Input name="email" type="email" autoComplete="email" required />
      </Field>
      <Field label="Password" hint="At least 10 characters, not a common password." error={errors.password}>
        <Input
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
          minLength={10}
        />
      </Field>
      {signUp.error && Object.keys(errors).length === 0 ? (
        <p className="text-sm text-red-700" data-testid="form-error">
          {signUp.error.message}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={!hydrated || signUp.isPending}>
        {signUp.isPending ? "Creating account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-stone-500">
        Already have an account?{" "}
        <Link
          className="font-medium text-brand-700 hover:underline"
          href={back ? `/signin?next=${encodeURIComponent(back)}` : "/signin"}
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
