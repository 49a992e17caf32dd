"use client";

import { useState, type FormEvent } from "react";
import { cairn } from "./cairn-client";
import { connectorLabel, CONNECTOR_TYPES, type ConnectorType } from "./demo-config";
import { useDemo } from "./demo-root";
import { newId, type Connection } from "./demo-store";
import { PlusIcon } from "./icons";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Badge, Field, formatDate, inputClass } from "./ui";

export function ConnectorBadge({ type, className = "h-9 w-9" }: { type: string; className?: string }) {
  const connector = CONNECTOR_TYPES.find((c) => c.value === type);
  return (
    <span
      className={`flex shrink-0 items-center justify-center rounded-lg text-xs font-bold text-white ${connector?.color ?? "bg-slate-500"} ${className}`}
      aria-hidden="true"
    >
      {connectorLabel(type).slice(0, 2).toUpperCase()}
    </span>
  );
}

function defaultName(type: ConnectorType): string {
  return `Production ${connectorLabel(type)}`;
}

function AddConnectionForm() {
  const { updateData } = useDemo();
  const [type, setType] = useState<ConnectorType>("postgres");
  const [name, setName] = useState(defaultName("postgres"));
  const [nameEdited, setNameEdited] = useState(false);
  const [direction, setDirection] = useState<Connection["direction"]>("source");
  const [created, setCreated] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const finalName = name.trim() || defaultName(type);
    const connection: Connection = {
      id: newId("conn_"),
      type,
      name: finalName,
      direction,
      createdAt: new Date().toISOString(),
    };
    updateData((d) => ({ ...d, connections: [connection, ...d.connections] }));
    // `source`/`name` per the demo's contract; `connector`/`direction` as in the seeded history.
    cairn.track("connection_created", { source: type, name: finalName, connector: type, direction });
    setCreated(finalName);
    setNameEdited(false);
    setName(defaultName(type));
  }

  return (
    <Card title="Add connection" description="Airtouch reads from sources and writes to destinations.">
      <form onSubmit={submit} className="grid gap-4 sm:grid-cols-2" aria-label="Add connection">
        <Field label="Source type" htmlFor="connection-type">
          <select
            id="connection-type"
            className={inputClass}
            value={type}
            data-testid="connection-type"
            onChange={(e) => {
              const next = e.target.value as ConnectorType;
              setType(next);
              if (!nameEdited) setName(defaultName(next));
            }}
          >
            {CONNECTOR_TYPES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Connection name" htmlFor="connection-name">
          <input
            id="connection-name"
            className={inputClass}
            value={name}
            data-testid="connection-name"
            onChange={(e) => {
              setName(e.target.value);
              setNameEdited(true);
            }}
          />
        </Field>
        <fieldset className="sm:col-span-2">
          <legend className="mb-1.5 text-sm font-medium text-slate-700">Use it as</legend>
          <div className="flex gap-4 text-sm text-slate-700">
            {(["source", "destination"] as const).map((d) => (
              <label key={d} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="direction"
                  value={d}
                  checked={direction === d}
                  onChange={() => setDirection(d)}
                  className="accent-indigo-600"
                />
                {d === "source" ? "Source (read from it)" : "Destination (write to it)"}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex items-center gap-3 sm:col-span-2">
          <Button type="submit" data-testid="add-connection">
            <PlusIcon className="h-4 w-4" /> Add connection
          </Button>
          {created ? (
            <p role="status" className="text-sm text-emerald-700">
              {created} is connected.
            </p>
          ) : null}
        </div>
      </form>
    </Card>
  );
}

export function ConnectionsView() {
  const { data } = useDemo();
  return (
    <>
      <PageHeader title="Connections" description="Databases, warehouses and SaaS tools Airtouch can sync." />
      <div className="space-y-6">
        <AddConnectionForm />
        <Card title={`Your connections (${data.connections.length})`}>
          {data.connections.length === 0 ? (
            <EmptyState title="No connections yet">
              Add your first source above, for example your production Postgres.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="connection-list">
              {data.connections.map((c) => (
                <li key={c.id} className="flex items-center gap-3 py-3">
                  <ConnectorBadge type={c.type} />
                  <div className="min-w-0 flex-1">
                    <p className="truncate text-sm font-medium text-slate-900">{c.name}</p>
                    <p className="text-xs text-slate-500">
                      {connectorLabel(c.type)} · {c.direction} · added {formatDate(c.createdAt)}
                    </p>
                  </div>
                  <Badge tone="green">Healthy</Badge>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
