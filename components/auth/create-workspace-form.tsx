"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Field, Input } from "@/components/ui/field";
import { useTRPC } from "@/components/providers/trpc";
import { fieldErrors } from "@/components/ui/errors";

export function CreateWorkspaceForm() {
  const hydrated = useHydrated();
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const create = useMutation(
    trpc.workspace.create.mutationOptions({ onSuccess: (ws) => router.push(`/w/${ws.slug}`) }),
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ name });
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4">
      <Field
        label="Workspace name"
        hint="Usually your product's name. It gives your public roadmap its address."
        error={fieldErrors(create.error).name}
      >
        <Input
          name="workspace"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          minLength={2}
          placeholder="Acme Analytics"
        />
      </Field>
      {create.error && !fieldErrors(create.error).name ? (
        <p className="text-sm text-red-700">{create.error.message}</p>
      ) : null}
      <Button type="submit" className="w-full" disabled={!hydrated || create.isPending}>
        {create.isPending ? "Creating…" : "Create workspace"}
      </Button>
    </form>
  );
}
