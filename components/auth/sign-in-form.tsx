"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type MouseEvent } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Field, Input } from "@/components/ui/field";
import { useTRPC } from "@/components/providers/trpc";
import { safeNext } from "@/server/workspaces/schemas";

export function SignInForm({ next }: { next?: string }) {
  const hydrated = useHydrated();
  const router = useRouter();
  const trpc = useTRPC();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const resend = useMutation(trpc.account.resendVerification.mutationOptions());
  const back = safeNext(next, "");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      redirect: false,
    });
    setPending(false);
    if (result?.status === 429 || result?.error === "RateLimited") {
      setError("Too many sign-in attempts. Wait a while, then try again.");
      return;
    }
    if (!result || result.error) {
      // One answer for every failure: it does not tell whether the address has an account.
      setError("Wrong email or password, or the email address is not confirmed yet.");
      return;
    }
    router.push(back || "/");
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4">
      <Field label="Email">
        <Input name="email" type="email" autoComplete="email" required />
      </Field>
      <div className="space-y-1">
        <Field label="Password">
          <Input name="password" type="password" autoComplete="current-password" required />
        </Field>
        <Link className="block text-right text-xs font-medium text-brand-700 hover:underline" href="/forgot">
          Forgot your password?
        </Link>
      </div>
      {error ? (
        <div className="space-y-1 text-sm">
          <p className="text-red-700" data-testid="form-error">
            {error}
          </p>
          {resend.isSuccess ? (
            <p className="text-stone-600" data-testid="resend-done">
              If this address has an account waiting for confirmation, a new link is on its way.
            </p>
          ) : (
            <button
              type="button"
              className="font-medium text-brand-700 hover:underline"
              disabled={resend.isPending}
              onClick={(event: MouseEvent<HTMLButtonElement>) => {
                const email = String(new FormData(event.currentTarget.form ?? undefined).get("email") ?? "");
                if (email) resend.mutate({ email });
              }}
            >
              Resend the confirmation link
            </button>
          )}
        </div>
      ) : null}
      <Button type="submit" className="w-full" disabled={!hydrated || pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-stone-500">
        New to Cairn?{" "}
        <Link
          className="font-medium text-brand-700 hover:underline"
          href={back ? `/signup?next=${encodeURIComponent(back)}` : "/signup"}
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
