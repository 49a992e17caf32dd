"use client";

import type { FormEvent } from "react";
import type { z } from "zod";
import { useFormErrors } from "@/components/ui/form-errors";

type MutationError = { message: string; data?: unknown } | null | undefined;
type CreateMutation<TInput> = {
  mutate: (variables: TInput & { workspaceId: string }) => void;
  isPending: boolean;
  error: MutationError;
};
type UpdateMutation<TInput> = {
  mutate: (variables: { workspaceId: string; id: string; data: TInput }) => void;
  isPending: boolean;
  error: MutationError;
};

/**
 * Submitting a "create or edit" form: validate on submit (then on every change, so fixed fields
 * clear at once), create when nothing is saved yet, update otherwise. Field errors come from the
 * schema and from the server's answer alike.
 */
export function useEditorSubmit<TInput>(args: {
  schema: z.ZodType;
  input: TInput;
  workspaceId: string;
  saved: { id: string } | null;
  create: CreateMutation<TInput>;
  update: UpdateMutation<TInput>;
  onSubmitStart: () => void;
}) {
  const { create, update } = args;
  const mutationError = create.error ?? update.error;
  const { errors, invalid, check } = useFormErrors(args.schema, args.input, mutationError);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    args.onSubmitStart();
    if (!check()) return;
    if (args.saved) update.mutate({ workspaceId: args.workspaceId, id: args.saved.id, data: args.input });
    else create.mutate({ workspaceId: args.workspaceId, ...args.input });
  }

  return { errors, invalid, mutationError, pending: create.isPending || update.isPending, onSubmit };
}
