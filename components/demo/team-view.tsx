"use client";

import { useState, type FormEvent } from "react";
import { cairn } from "./cairn-client";
import { INVITE_ROLES } from "./demo-config";
import { useDemo, useDemoUser } from "./demo-root";
import { newId, type Invite } from "./demo-store";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Badge, Field, formatDate, inputClass } from "./ui";

function InviteForm() {
  const { updateData } = useDemo();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<string>(INVITE_ROLES[0]);
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
      setError("Enter your colleague's work email.");
      return;
    }
    setError(null);
    const invite: Invite = { id: newId("inv_"), email: address, role, invitedAt: new Date().toISOString() };
    updateData((d) => ({ ...d, invites: [invite, ...d.invites] }));
    // `role` per the demo's contract; `invitee_role`/`method` as in the seeded history.
    cairn.track("colleague_invited", { role, invitee_role: role, method: "email" });
    setSent(address);
    setEmail("");
  }

  return (
    <Card title="Invite a colleague" description="Not the one who sets up connections? Invite the person who does.">
      <form
        onSubmit={submit}
        className="grid gap-4 sm:grid-cols-[1fr_14rem_auto] sm:items-end"
        aria-label="Invite a colleague"
        noValidate
      >
        <Field label="Email" htmlFor="invite-email">
          <input
            id="invite-email"
            type="email"
            className={inputClass}
            placeholder="alex@yourcompany.example"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "invite-error" : undefined}
            data-testid="invite-email"
          />
        </Field>
        <Field label="Role" htmlFor="invite-role">
          <select
            id="invite-role"
            className={inputClass}
            value={role}
            onChange={(e) => setRole(e.target.value)}
            data-testid="invite-role"
          >
            {INVITE_ROLES.map((r) => (
              <option key={r} value={r}>
                {r[0]!.toUpperCase() + r.slice(1)}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit" data-testid="invite-colleague">
          Send invite
        </Button>
      </form>
      {error ? (
        <p id="invite-error" className="mt-2 text-sm text-red-600">
          {error}
        </p>
      ) : null}
      {sent ? (
        <p role="status" className="mt-2 text-sm text-emerald-700">
          Invitation sent to {sent}.
        </p>
      ) : null}
    </Card>
  );
}

export function TeamView() {
  const user = useDemoUser();
  const { data } = useDemo();
  return (
    <>
      <PageHeader title="Team" description={`People in ${user.accountName} who can use Airtouch.`} />
      <div className="space-y-6">
        <InviteForm />
        <Card title={`Members (${1 + data.invites.length})`}>
          <ul className="divide-y divide-slate-100" data-testid="member-list">
            <li className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div>
                <p className="text-sm font-medium text-slate-900">{user.name} (you)</p>
                <p className="text-xs text-slate-500">{user.email}</p>
              </div>
              <Badge tone="indigo">{user.role ?? "member"}</Badge>
            </li>
            {data.invites.map((invite) => (
              <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div>
                  <p className="text-sm font-medium text-slate-900">{invite.email}</p>
                  <p className="text-xs text-slate-500">Invited {formatDate(invite.invitedAt)}</p>
                </div>
                <span className="flex items-center gap-2">
                  <Badge>{invite.role}</Badge>
                  <Badge tone="amber">Pending</Badge>
                </span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
