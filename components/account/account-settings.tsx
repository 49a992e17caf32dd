"use client";

import { useMutation } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { useTRPC } from "@/components/providers/trpc";
import { fieldErrors } from "@/components/ui/errors";

export function ChangePasswordForm() {
  const trpc = useTRPC();
  const [form, setForm] = useState({ currentPassword: "", newPassword: "" });
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({ onSuccess: () => setForm({ currentPassword: "", newPassword: "" }) }),
  );
  const errors = fieldErrors(change.error);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    change.mutate(form);
  }

  return (
    <Card title="Password">
      <form onSubmit={onSubmit} className="max-w-sm space-y-4">
        <Field label="Current password" error={errors.currentPassword}>
          <Input
            type="password"
            autoComplete="current-password"
            value={form.currentPassword}
            onChange={(e) => setForm({ ...form, currentPassword: e.target.value })}
            required
          />
        </Field>
        <Field label="New password" hint="At least 10 characters, not a common password." error={errors.newPassword}>
          <Input
            type="password"
            autoComplete="new-password"
            value={form.newPassword}
            onChange={(e) => setForm({ ...form, newPassword: e.target.value })}
            required
            minLength={10}
          />
        </Field>
        {change.error && Object.keys(errors).length === 0 ? (
          <p className="text-sm text-red-700">{change.error.message}</p>
        ) : null}
        {change.data ? (
          <p className="text-sm text-stone-600" data-testid="password-changed">
            Password changed.{" "}
            {change.data.ended === 1 ? "1 other session was" : `${change.data.ended} other sessions were`} signed out.
          </p>
        ) : null}
        <Button type="submit" disabled={change.isPending}>
          {change.isPending ? "Changing…" : "Change password"}
        </Button>
      </form>
    </Card>
  );
}

export function SignOutEverywhere() {
  const trpc = useTRPC();
  const everywhere = useMutation(
    trpc.account.signOutEverywhere.mutationOptions({ onSuccess: () => void signOut({ callbackUrl: "/signin" }) }),
  );
  return (
    <Card title="Sessions">
      <p className="mb-3 text-sm text-stone-600">
        Signs this account out on every browser and device, this one included. Use it after signing in on a shared
        computer or if you think someone else has your session.
      </p>
      <Button variant="secondary" onClick={() => everywhere.mutate()} disabled={everywhere.isPending}>
        Sign out everywhere
      </Button>
      {everywhere.error ? <p className="mt-2 text-sm text-red-700">{everywhere.error.message}</p> : null}
    </Card>
  );
}
