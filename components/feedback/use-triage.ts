"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";

/** Every triage mutation of the inbox; each success refreshes the feedback (list, counts, tags)
 * and the roadmap picker, nothing else. */
export function useTriage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.feedback.pathFilter()),
      queryClient.invalidateQueries(trpc.roadmap.pathFilter()),
    ]);
  };
  const opts = { onSuccess: refresh };
  return {
    setStatus: useMutation(trpc.feedback.setStatus.mutationOptions(opts)),
    addTags: useMutation(trpc.feedback.addTags.mutationOptions(opts)),
    removeTags: useMutation(trpc.feedback.removeTags.mutationOptions(opts)),
    assign: useMutation(trpc.feedback.assign.mutationOptions(opts)),
    markDuplicate: useMutation(trpc.feedback.markDuplicate.mutationOptions(opts)),
    linkRoadmap: useMutation(trpc.feedback.linkRoadmap.mutationOptions(opts)),
    createFromFeedback: useMutation(trpc.feedback.createRoadmapItemFromFeedback.mutationOptions(opts)),
    create: useMutation(trpc.feedback.create.mutationOptions(opts)),
  };
}

export type Triage = ReturnType<typeof useTriage>;
