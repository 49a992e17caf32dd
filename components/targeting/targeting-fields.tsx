"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { errorAt } from "@/components/ui/form-errors";
import { ConditionEditor, type ConditionRow } from "./condition-editor";

type PersonaOption = { id: string; name: string };

export type TargetingDraft = { personaIds: string[]; conditions: ConditionRow[]; accountConditions?: ConditionRow[] };

/** What the fields say differs a little between a checklist ("shown to") and a survey ("asked"). */
export type TargetingWording = { personasHint: string; segmentLabel: string; segmentHint: string; traitLabel: string };

/**
 * Who sees a checklist or is asked a survey: personas, a segment over user traits and, when the
 * draft has `accountConditions`, one over account traits. Errors are read at the paths the
 * shared targeting schema reports ("targeting.personaIds", "targeting.conditions", …).
 */
export function TargetingFields({
  personas,
  draft,
  onChange,
  errors,
  wording,
}: {
  personas: PersonaOption[];
  draft: TargetingDraft;
  onChange: (patch: Partial<TargetingDraft>) => void;
  errors: Record<string, string>;
  wording: TargetingWording;
}) {
  return (
    <div className="space-y-5">
      <div>
        <p className="text-sm font-medium text-stone-700">Personas</p>
        <p className="mb-2 text-xs text-stone-500">{wording.personasHint}</p>
        <PersonaPicker
          personas={personas}
          selected={draft.personaIds}
          onChange={(personaIds) => onChange({ personaIds })}
        />
        <FieldError message={errorAt(errors, "targeting.personaIds")} />
      </div>
      <Segment
        label={wording.segmentLabel}
        hint={wording.segmentHint}
        keyLabel={wording.traitLabel}
        rows={draft.conditions}
        onChange={(conditions) => onChange({ conditions })}
        error={errorAt(errors, "targeting.conditions")}
      />
      {draft.accountConditions ? (
        <Segment
          label="Account segment"
          hint={
            <>
              Conditions on the user&apos;s account traits, such as <code className="font-mono">plan</code> is one of
              pro, enterprise. Users without an account never match one.
            </>
          }
          keyLabel="Account trait"
          rows={draft.accountConditions}
          onChange={(accountConditions) => onChange({ accountConditions })}
          error={errorAt(errors, "targeting.accountConditions")}
        />
      ) : null}
    </div>
  );
}

/** Persona chips; a persona deleted since it was picked is flagged, with a way to drop it. */
function PersonaPicker({
  personas,
  selected,
  onChange,
}: {
  personas: PersonaOption[];
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const ws = useWorkspace();
  const exists = (id: string) => personas.some((p) => p.id === id);
  return (
    <>
      {personas.length === 0 ? (
        <p className="text-sm text-stone-500">
          No personas yet.{" "}
          <Link className="text-brand-700 hover:underline" href={`/w/${ws.slug}/settings/personas`}>
            Create one
          </Link>{" "}
          to target by role.
        </p>
      ) : (
        <div className="flex flex-wrap gap-2" data-testid="persona-picker">
          {personas.map((p) => {
            const on = selected.includes(p.id);
            return (
              <label
                key={p.id}
                className={`flex cursor-pointer items-center gap-2 rounded-full px-3 py-1 text-sm ring-1 ${on ? "bg-brand-50 text-brand-700 ring-brand-500" : "ring-stone-300 hover:bg-stone-50"}`}
              >
                <input
                  type="checkbox"
                  className="accent-brand-600"
                  checked={on}
                  onChange={(e) =>
                    onChange(e.target.checked ? [...selected, p.id] : selected.filter((id) => id !== p.id))
                  }
                />
                {p.name}
              </label>
            );
          })}
        </div>
      )}
      {selected.some((id) => !exists(id)) ? (
        <p className="mt-2 text-xs text-amber-700">
          A targeted persona was deleted; it matches nobody.{" "}
          <button type="button" className="underline" onClick={() => onChange(selected.filter(exists))}>
            Remove it
          </button>
        </p>
      ) : null}
    </>
  );
}

function Segment(props: {
  label: string;
  hint: ReactNode;
  keyLabel: string;
  rows: ConditionRow[];
  onChange: (rows: ConditionRow[]) => void;
  error?: string;
}) {
  return (
    <div>
      <p className="text-sm font-medium text-stone-700">{props.label}</p>
      <p className="mb-2 text-xs text-stone-500">{props.hint}</p>
      <ConditionEditor keyLabel={props.keyLabel} rows={props.rows} onChange={props.onChange} />
      <FieldError message={props.error} />
    </div>
  );
}

function FieldError({ message }: { message?: string }) {
  return message ? <p className="mt-1 text-xs text-red-700">{message}</p> : null;
}
