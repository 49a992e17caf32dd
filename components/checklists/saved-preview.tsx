"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Loading } from "@/components/ui/card";
import type { Locale } from "@/server/onboarding/schemas";
import { PreviewFrame } from "./live-preview";

/** The saved version as a persona sees it, answered by checklist.preview. */
export function SavedPreview({
  checklistId,
  personas,
}: {
  checklistId: string;
  personas: { id: string; name: string }[];
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const [personaId, setPersonaId] = useState(personas[0]?.id ?? "");
  const [locale, setLocale] = useState<Locale>("en");
  const preview = useQuery(
    trpc.checklist.preview.queryOptions(
      { workspaceId: ws.id, id: checklistId, personaId: personaId || null, locale },
      { placeholderData: (prev) => prev },
    ),
  );
  if (preview.error) return <p className="text-sm text-red-700">{preview.error.message}</p>;
  if (!preview.data) return <Loading label="Rendering preview…" />;
  return (
    <PreviewFrame
      preview={preview.data}
      personas={personas}
      personaId={personaId}
      onPersona={setPersonaId}
      locale={locale}
      onLocale={setLocale}
      note="The saved version."
    />
  );
}
