"use client";

import { downloadCsv } from "@/components/ui/download-csv";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useMemo, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { Field, Input, Select } from "@/components/ui/field";
import { PagedList } from "@/components/ui/paged-list";
import { Cell, Table, type Column } from "@/components/ui/table";
import { HintText } from "@/components/ui/tooltip";
import { AUDIT_ACTIONS, type AuditAction } from "@/server/audit/actions";
import { auditActionLabel, describeAuditDetails } from "@/server/audit/describe-entry";
import type { TAuditFilters } from "@/server/audit/schemas";

const PAGE = 50;

const COLUMNS: Column[] = [
  { label: "Time", hint: "In the workspace's time zone; hover for the exact time in UTC." },
  { label: "Actor" },
  { label: "Action" },
  { label: "Target" },
  { label: "Details" },
  { label: "IP" },
];

// The action filter offers each area as a whole, then its actions one by one.
const AREAS: { label: string; any: string; prefixes: string[] }[] = [
  { label: "Members", any: "Any member change", prefixes: ["member."] },
  { label: "API keys", any: "Any API key change", prefixes: ["key."] },
  { label: "Identity", any: "Any identity change", prefixes: ["identity."] },
  {
    label: "Data and privacy",
    any: "Any quota, privacy or end-user data change",
    prefixes: ["quotas.", "privacy.", "end-user."],
  },
];
const ALL_ACTIONS = Object.keys(AUDIT_ACTIONS) as AuditAction[];

function actionsOf(value: string): AuditAction[] | undefined {
  return value === "" ? undefined : (value.split(",") as AuditAction[]);
}

function useTimeFormat(timeZone: string) {
  return useMemo(
    () => ({
      local: new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "medium", timeStyle: "short" }),
      zone: new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" })
        .formatToParts(new Date())
        .find((p) => p.type === "timeZoneName")?.value,
    }),
    [timeZone],
  );
}

export function AuditLog() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const allowed = ws.can("audit.read");
  const [action, setAction] = useState("");
  const [actorText, setActorText] = useState("");
  const actor = useDeferredValue(actorText.trim());
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const rangeError = from && to && from > to ? "The start date must not be after the end date" : undefined;
  const filters: TAuditFilters = {
    actions: actionsOf(action),
    actor: actor || undefined,
    from: from || undefined,
    to: to || undefined,
  };
  const log = useInfiniteQuery({
    ...trpc.audit.list.infiniteQueryOptions(
      { workspaceId: ws.id, filters, limit: PAGE },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
    enabled: allowed && !rangeError,
    // A log read right after a change elsewhere in the dashboard must show it.
    refetchOnMount: "always",
  });
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const time = useTimeFormat(ws.timeZone);
  const filtered = Boolean(filters.actions || filters.actor || filters.from || filters.to);
  const [exporting, setExporting] = useState(false);
  const [exportNote, setExportNote] = useState<string | null>(null);

  async function exportCsv() {
    setExporting(true);
    setExportNote(null);
    try {
      const file = await queryClient.fetchQuery({
        ...trpc.audit.exportCsv.queryOptions({ workspaceId: ws.id, filters }),
        staleTime: 0,
      });
      downloadCsv(file.filename, file.csv);
      if (file.truncated)
        setExportNote(
          `The file holds the newest ${file.rows.toLocaleString("en-US")} entries; narrow the dates for older ones.`,
        );
    } catch (error) {
      setExportNote(`The export failed: ${errorMessage(error as Parameters<typeof errorMessage>[0])}`);
    } finally {
      setExporting(false);
    }
  }

  if (!allowed)
    return <EmptyState title="Only admins read the audit log">Ask an admin of {ws.name} who changed what.</EmptyState>;
  return (
    <Card
      title="Entries"
      action={
        <Button variant="secondary" onClick={() => void exportCsv()} disabled={exporting || Boolean(rangeError)}>
          {exporting ? "Exporting…" : "Export CSV"}
        </Button>
      }
    >
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <Field label="Action">
          <Select value={action} onChange={(e) => setAction(e.target.value)} data-testid="audit-action-filter">
            <option value="">All actions</option>
            {AREAS.map((area) => {
              const actions = ALL_ACTIONS.filter((a) => area.prefixes.some((p) => a.startsWith(p)));
              return (
                <optgroup key={area.label} label={area.label}>
                  <option value={actions.join(",")}>{area.any}</option>
                  {actions.map((a) => (
                    <option key={a} value={a}>
                      {AUDIT_ACTIONS[a]}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </Select>
        </Field>
        <Field label="Actor">
          <Input
            className="w-56"
            type="search"
            placeholder="Email or key name"
            value={actorText}
            onChange={(e) => setActorText(e.target.value)}
          />
        </Field>
        <Field label="From">
          <Input type="date" className="w-40" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label="To" error={rangeError}>
          <Input type="date" className="w-40" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
      </div>
      {exportNote ? <p className="mb-3 text-sm text-stone-600">{exportNote}</p> : null}
      <PagedList
        query={log}
        count={entries.length}
        errorLead="The audit log could not be loaded"
        retry
        empty={
          filtered ? (
            <EmptyState title="No entries match">Clear a filter or widen the dates.</EmptyState>
          ) : (
            <EmptyState title="Nothing recorded yet">
              Who invited, removed or changed the role of a member, created or revoked an API key or an identity secret,
              changed identity verification, or exported or erased an end user&apos;s data will be listed here, with the
              time and the address it came from.
            </EmptyState>
          )
        }
      >
        <Table columns={COLUMNS} minWidth="min-w-[860px]">
          {entries.map((e) => (
            <tr key={e.id} data-testid="audit-row" data-action={e.action}>
              <Cell className="whitespace-nowrap">
                <HintText hint={`${e.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC`}>
                  <time dateTime={e.createdAt.toISOString()}>
                    {time.local.format(e.createdAt)} {time.zone}
                  </time>
                </HintText>
              </Cell>
              <Cell className="break-all">{e.actor}</Cell>
              <Cell>{auditActionLabel(e.action)}</Cell>
              <Cell className="break-all">{e.target ?? "–"}</Cell>
              <Cell>{describeAuditDetails(e.action, e.details) || "–"}</Cell>
              <Cell className="font-mono text-xs">{e.ip ?? "–"}</Cell>
            </tr>
          ))}
        </Table>
      </PagedList>
    </Card>
  );
}
