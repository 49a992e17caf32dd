"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Field, Input } from "@/components/ui/field";
import { errorAt, issuesByPath, serverIssues } from "@/components/ui/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { ZResetPasswordInput } from "@/server/workspaces/schemas";

export function ResetPasswordForm({ token }: { token: string }) {
  const hydrated = useHydrated();
  const trpc = useTRPC();
  const reset = useMutation(trpc.account.resetPassword.mutationOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) {
      setErrors({ confirm: "The two passwords differ." });
      return;
    }
    const parsed = ZResetPasswordInput.safeParse({ token, password });
    setErrors(issuesByPath(parsed.error));
    if (parsed.success) reset.mutate(parsed.data);
  }

  if (reset.data)
    return (
      <div className="space-y-3 text-sm text-stone-700" data-testid="password-reset">
        <p>
          The password of <strong>{reset.data.email}</strong> is changed, and every browser signed in to it was signed
          out.
        </p>
        <Link className="font-medium text-brand-700 hover:underline" href="/signin">
          Sign in
        </Link>
      </div>
    );
  const fieldErrors = { ...serverIssues(reset.error), ...errors };
  const passwordError = errorAt(fieldErrors, "password");
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4">
      <Field label="New password" hint="At least 10 characters; not a common password." error={passwordError}>
        <Input name="password" type="password" autoComplete="new-password" required />
      </Field>
      <Field label="New password again" error={fieldErrors.confirm}>
        <Input name="confirm" type="password" autoComplete="new-password" required />
      </Field>
      {reset.error && !passwordError ? (
        <p className="text-sm text-red-700" data-testid="form-error">
          {reset.error.message}{" "}
          <Link className="font-medium text-brand-700 hover:underline" href="/forgot">
            Ask for a new link
          </Link>
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={!hydrated || reset.isPending}>
        Set the new password
      </Button>
    </form>
  );
}
