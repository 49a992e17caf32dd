"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useTRPC } from "@/components/providers/trpc";
import { fieldErrors } from "@/components/ui/errors";

export function SignUpForm({ next }: { next?: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [password, setPassword] = useState("");
  const signUp = useMutation(trpc.account.signUp.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name")), email: String(form.get("email")), password };
    const user = await signUp.mutateAsync(input).catch(() => null);
    if (!user) return;
    await signIn("credentials", { email: input.email, password, redirect: false });
    router.push(next && next.startsWith("/") ? next : "/new");
    router.refresh();
  }

  const errors = fieldErrors(signUp.error);
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <Field label="Your name" error={errors.name}>
        <Input name="name" autoComplete="name" required />
      </Field>
      <Field label="Work email" error={errors.email}>
        <Input name="email" type="email" autoComplete="email" required />
      </Field>
      <Field label="Password" hint="At least 8 characters." error={errors.password}>
        <Input
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
          minLength={8}
        />
      </Field>
      {signUp.error && Object.keys(errors).length === 0 ? (
        <p className="text-sm text-red-700" data-testid="form-error">
          {signUp.error.message}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={signUp.isPending}>
        {signUp.isPending ? "Creating account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-stone-500">
        Already have an account?{" "}
        <Link className="font-medium text-brand-700 hover:underline" href="/signin">
          Sign in
        </Link>
      </p>
    </form>
  );
}
