"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { type Locale } from "@/server/onboarding/schemas";
import { type ItemDraft } from "./draft";
import { errorAt } from "@/components/ui/form-errors";
import { OperatorSelect } from "@/components/targeting/condition-editor";
import { EventNameInput } from "@/components/events/event-name-input";

export function ItemEditor(props: {
  index: number;
  count: number;
  item: ItemDraft;
  lang: Locale;
  errors: Record<string, string>;
  onChange: (patch: Partial<ItemDraft>) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const { index: i, item, lang, errors, onChange } = props;
  const at = (path: string) => errorAt(errors, `items.${i}.${path}`);
  const [advanced, setAdvanced] = useState(Boolean(item.precursorEvent));
  return (
    <li className="rounded-md border border-stone-200 p-4" data-testid="item-editor">
      <div className="mb-3 flex items-center justify-between gap-2">
        <p className="text-sm font-semibold text-stone-700">Step {i + 1}</p>
        <div className="flex gap-1">
          <Button variant="ghost" disabled={i === 0} onClick={() => props.onMove(-1)} aria-label="Move up">
            ↑
          </Button>
          <Button
            variant="ghost"
            disabled={i === props.count - 1}
            onClick={() => props.onMove(1)}
            aria-label="Move down"
          >
            ↓
          </Button>
          <Button variant="ghost" disabled={props.count === 1} onClick={props.onRemove} aria-label="Remove item">
            ✕
          </Button>
        </div>
      </div>
      {at("id") ? <p className="mb-2 text-xs text-red-700">{at("id")}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {lang === "en" ? (
          <>
            <Field label="Title" error={at("title")}>
              <Input
                value={item.title}
                onChange={(e) => onChange({ title: e.target.value })}
                maxLength={120}
                data-testid={`item-title-${i}`}
              />
            </Field>
            <Field
              label="Button link"
              hint="https://… or a path of your app such as /connections/new"
              error={at("ctaUrl")}
            >
              <Input
                value={item.ctaUrl}
                onChange={(e) => onChange({ ctaUrl: e.target.value })}
                placeholder="/settings/connections"
                data-testid={`item-cta-${i}`}
              />
            </Field>
            <div className="sm:col-span-2">
              <Field label="Text" error={at("body")}>
                <Textarea
                  rows={2}
                  value={item.body}
                  onChange={(e) => onChange({ body: e.target.value })}
                  maxLength={2000}
                />
              </Field>
            </div>
          </>
        ) : (
          <>
            <Field label={`Title (${lang})`} error={at(`translations.${lang}.title`)}>
              <Input
                value={item[lang].title}
                placeholder={item.title}
                onChange={(e) => onChange({ [lang]: { ...item[lang], title: e.target.value } })}
                maxLength={120}
                data-testid={`item-title-${lang}-${i}`}
              />
            </Field>
            <div className="sm:col-span-2">
              <Field label={`Text (${lang})`} error={at(`translations.${lang}.body`)}>
                <Textarea
                  rows={2}
                  value={item[lang].body}
                  placeholder={item.body}
                  onChange={(e) => onChange({ [lang]: { ...item[lang], body: e.target.value } })}
                  maxLength={2000}
                />
              </Field>
            </div>
          </>
        )}
      </div>
      <div className="mt-3 space-y-2 rounded-md bg-stone-50 p-3">
        <p className="text-xs font-medium uppercase tracking-wide text-stone-500">Done when</p>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-stone-600">the event</span>
          <div className="w-52">
            <EventNameInput
              value={item.event}
              onChange={(event) => onChange({ event })}
              placeholder="connection_created"
              aria-label="Completion event"
              className="font-mono"
              data-testid={`item-event-${i}`}
            />
          </div>
          <span className="text-stone-600">is tracked by</span>
          <div className="w-56">
            <Select
              value={item.scope}
              onChange={(e) => onChange({ scope: e.target.value as ItemDraft["scope"] })}
              aria-label="Scope"
              data-testid={`item-scope-${i}`}
            >
              <option value="user">the user</option>
              <option value="account">anyone in their account</option>
            </Select>
          </div>
        </div>
        {at("completion.event") ? <p className="text-xs text-red-700">{at("completion.event")}</p> : null}
        <label className="flex items-center gap-2 text-xs text-stone-600">
          <input type="checkbox" checked={item.filter} onChange={(e) => onChange({ filter: e.target.checked })} /> only
          when a property matches
        </label>
        {item.filter ? (
          <div className="flex flex-wrap items-center gap-2">
            <div className="w-40">
              <Input
                placeholder="property"
                value={item.where.key}
                onChange={(e) => onChange({ where: { ...item.where, key: e.target.value } })}
                aria-label="Property"
              />
            </div>
            <div className="w-32">
              <OperatorSelect
                className=""
                value={item.where.op}
                onChange={(op) => onChange({ where: { ...item.where, op } })}
              />
            </div>
            {item.where.op === "exists" ? null : (
              <div className="min-w-32 flex-1">
                <Input
                  placeholder={item.where.op === "in" ? "a, b, c" : "value"}
                  value={item.where.text}
                  onChange={(e) => onChange({ where: { ...item.where, text: e.target.value } })}
                  aria-label="Value"
                />
              </div>
            )}
          </div>
        ) : null}
        {at("completion.where") ? <p className="text-xs text-red-700">{at("completion.where")}</p> : null}
        {item.scope === "account" ? (
          <p className="text-xs text-stone-500">
            Done once for the whole account: users who join later see it done. Users without an account cannot complete
            it.
          </p>
        ) : null}
        {advanced ? (
          <Field
            label="Started when (optional)"
            hint="An event showing the user began this step; reports use it to find where users stall."
            error={at("precursorEvent")}
          >
            <EventNameInput
              value={item.precursorEvent}
              onChange={(precursorEvent) => onChange({ precursorEvent })}
              placeholder="workflow_started"
            />
          </Field>
        ) : (
          <button type="button" className="text-xs text-brand-700 hover:underline" onClick={() => setAdvanced(true)}>
            + Started-when event (for stall reports)
          </button>
        )}
      </div>
    </li>
  );
}
