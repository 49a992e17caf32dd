"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { Field, Select } from "@/components/ui/field";
import { snippet } from "@/components/widget/snippet";
import type { TInstallStatus } from "@/server/install/schemas";
import { CreateKeyForm } from "./create-key-form";
import { InstallCheck } from "./install-check";
import { SIGNING_EXAMPLES } from "./signing-examples";

function Code({ children, testId, label }: { children: string; testId?: string; label: string }) {
  return (
    <div className="relative">
      {/* Focusable, so keyboard users can scroll a line wider than the page. */}
      <pre
        className="overflow-x-auto rounded-md bg-stone-900 p-4 pr-24 text-xs leading-relaxed text-stone-100"
        data-testid={testId}
        tabIndex={0}
        aria-label={label}
      >
        <code>{children}</code>
      </pre>
      <div className="absolute right-2 top-2">
        <CopyButton text={children} testId={testId ? `${testId}-copy` : undefined} />
      </div>
    </div>
  );
}

/** The write key card: the workspace's keys in clear for admins and PMs (write keys are public;
 * docs/decisions/api-keys.md), a choice when there are several, and creation for admins. */
function WriteKeyCard({
  status,
  chosen,
  onChoose,
}: {
  status: TInstallStatus | undefined;
  chosen: string | null;
  onChoose: (key: string) => void;
}) {
  const ws = useWorkspace();
  const keys = status?.writeKeys ?? [];
  return (
    <Card title="1. Your write key">
      {status && status.writeKeys === null ? (
        <p className="text-sm text-stone-600">
          Ask an admin or a PM of {ws.name} for the write key, and put it where the examples say YOUR_WRITE_KEY.
        </p>
      ) : null}
      {keys.length > 0 ? (
        <div className="mb-4 flex flex-wrap items-end gap-3">
          {keys.length > 1 ? (
            <Field label="Fill the examples with">
              <Select value={chosen ?? ""} onChange={(e) => onChoose(e.target.value)} data-testid="install-key-choice">
                {keys.map((k) => (
                  <option key={k.id} value={k.key}>
                    {k.name}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
          <code
            className="min-w-0 flex-1 break-all rounded bg-stone-100 px-2 py-1.5 font-mono text-xs text-stone-900"
            data-testid="install-write-key"
          >
            {chosen}
          </code>
          <CopyButton text={chosen ?? ""} testId="install-write-key-copy" />
        </div>
      ) : null}
      {status && status.writeKeys !== null && keys.length === 0 ? (
        <p className="mb-3 text-sm text-stone-600">
          {status.hiddenWriteKeys > 0
            ? `This workspace's ${status.hiddenWriteKeys === 1 ? "write key was" : `${status.hiddenWriteKeys} write keys were`} created before Cairn kept write keys to show them again: it keeps working, but cannot be shown. Create a new one to fill in the examples.`
            : "This workspace has no write key yet."}
        </p>
      ) : null}
      {ws.can("keys.manage") ? (
        <CreateKeyForm fixedKind="write" onCreated={onChoose} />
      ) : status?.writeKeys !== null && keys.length === 0 ? (
        <p className="text-sm text-stone-600">An admin of {ws.name} can create one in Settings → API keys.</p>
      ) : null}
    </Card>
  );
}

export function InstallGuide({ origin }: { origin: string }) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const [picked, setPicked] = useState<string | null>(null);
  // Polled until all three milestones are in; then the page has nothing left to wait for.
  const status = useQuery({
    ...trpc.install.status.queryOptions({ workspaceId: ws.id }),
    refetchInterval: (q) => {
      const d = q.state.data;
      return d && d.firstEventAt && d.firstIdentifyAt && d.firstWidgetAt ? false : 3_000;
    },
  });
  const keys = status.data?.writeKeys ?? [];
  const chosen = keys.find((k) => k.key === picked)?.key ?? picked ?? keys[0]?.key ?? null;
  const writeKey = chosen ?? "YOUR_WRITE_KEY";
  const curl = `curl -X POST ${origin}/api/v1/track \\
  -u '${writeKey}:' \\
  -H 'Content-Type: application/json' \\
  -d '{"userId": "user-42", "event": "workflow_saved", "properties": {"steps": 3}}'`;
  const batch = `curl -X POST ${origin}/api/v1/batch \\
  -u '${writeKey}:' \\
  -H 'Content-Type: application/json' \\
  -d '{"batch": [
    {"type": "identify", "userId": "user-42", "traits": {"email": "ada@example.com", "role": "data engineer"}, "messageId": "m-1"},
    {"type": "group", "userId": "user-42", "groupId": "acme", "traits": {"name": "Acme", "plan": "team"}, "messageId": "m-2"},
    {"type": "track", "userId": "user-42", "event": "connection_created", "messageId": "m-3"}
  ]}'`;
  const embed = snippet(origin, writeKey);
  const calls = `<script>
  // After sign-in: who the user is (traits pick their persona, hence their checklist)…
  cairn.identify(currentUser.id, { email: currentUser.email, role: currentUser.role });
  // …which account they belong to…
  cairn.group(currentUser.accountId, { name: "Acme", plan: "team" });
  // …and what they do. An event that completes a checklist item ticks it at once.
  cairn.track("connection_created", { source: "postgres" });
  cairn.page(); // on each route change of a single-page app
  // On sign-out:
  cairn.reset();
</script>`;
  const react = `// cairn-react.tsx: a copy of components/widget/react.tsx from the Cairn repository (needs only React)
import { CairnProvider, useCairn } from "./cairn-react";

<CairnProvider writeKey="${writeKey}" host="${origin}"
  user={{ id: user.id, traits: { email: user.email, role: user.role } }}
  account={{ id: account.id, traits: { plan: account.plan } }}>
  <App />
</CairnProvider>

// in a component
const cairn = useCairn();
cairn.track("workflow_saved", { steps: 3 });`;
  const browser = `// From any page (CORS is open; the write key is public by design)
await fetch("${origin}/api/v1/track", {
  method: "POST",
  headers: { "Content-Type": "application/json", "X-Write-Key": "${writeKey}" },
  body: JSON.stringify({
    userId: currentUser.id,
    event: "workflow_saved",
    messageId: crypto.randomUUID(), // retries with the same id are stored once
    timestamp: new Date().toISOString(),
  }),
});`;

  const signedSnippet = `<script>
  // userHash comes from your server (below), rendered into the page with the user's id.
  cairn.identify(currentUser.id, { email: currentUser.email }, { userHash: currentUser.cairnUserHash });
</script>`;
  const signedReact = `<CairnProvider writeKey="${writeKey}" host="${origin}"
  user={{ id: user.id, traits: { email: user.email }, userHash: user.cairnUserHash }}>
  <App />
</CairnProvider>`;
  const signedApi = `// REST: a userHash on each message (or context.cairn.userHash from a Segment library)
{"type": "track", "userId": "user-42", "event": "workflow_saved", "userHash": "<hex from your server>"}
// Calls with the secret key need no userHash: your server is trusted.`;

  return (
    <div className="space-y-6">
      <InstallCheck status={status.data} />
      {status.error ? (
        <p className="text-sm text-red-700">Could not load the install status: {status.error.message}</p>
      ) : null}
      <WriteKeyCard status={status.data} chosen={chosen} onChoose={setPicked} />
      <Card title="2. Add the widget to your app">
        <p className="mb-3 text-sm text-stone-600">
          Paste this into every page of your app, before <code className="font-mono">&lt;/head&gt;</code>. It loads
          asynchronously (under 1 KB, then the runtime), queues calls made before it arrives, and shows each identified
          user their onboarding checklist, the surveys they qualify for and the feedback button, in a corner of the page
          and isolated from your styles.
        </p>
        <Code testId="widget-snippet" label="The widget snippet">
          {embed}
        </Code>
        <p className="my-3 text-sm text-stone-600">Then tell Cairn who is signed in and what they do:</p>
        <Code label="Identify, group and track calls">{calls}</Code>
        <p className="my-3 text-sm text-stone-600">In a React app, the provider does the same:</p>
        <Code label="The React provider">{react}</Code>
      </Card>
      <Card title="Send events from your server">
        <p className="mb-3 text-sm text-stone-600">
          The API follows the Segment spec (identify, track, page, group, batch), so Segment libraries pointed at{" "}
          <code className="font-mono">{origin}/api/v1</code> work too.
        </p>
        <Code testId="curl-example" label="A track call with curl">
          {curl}
        </Code>
      </Card>
      <Card title="Identify users and their accounts in a batch">
        <p className="mb-3 text-sm text-stone-600">
          Traits decide each user&apos;s persona; a batch takes up to 500 messages (512 KB) and reports any rejected
          message by index.
        </p>
        <Code label="A batch with curl">{batch}</Code>
      </Card>
      <Card title="From the browser">
        <Code label="A track call with fetch">{browser}</Code>
      </Card>
      <Card title="Verify your users' identity (recommended)">
        <p className="mb-3 text-sm text-stone-600">
          The write key is public, so anyone could send calls as any of your users. Sign each user id on your server
          with the workspace&apos;s identity secret (Settings → Identity; keep it on the server) and pass the signature
          as <code className="font-mono">userHash</code>. Once every source is signed, switch Settings → Identity to
          Required. The signature is HMAC-SHA256 of the user id, in hex:
        </p>
        <div className="space-y-3" data-testid="signing-examples">
          {SIGNING_EXAMPLES.map((e) => (
            <div key={e.language}>
              <p className="mb-1 text-xs font-medium text-stone-500">{e.language}</p>
              <Code label={`Signing in ${e.language}`}>{e.code}</Code>
            </div>
          ))}
        </div>
        <p className="my-3 text-sm text-stone-600">Then pass it with identify, in the snippet or the React provider:</p>
        <Code label="identify with a userHash">{signedSnippet}</Code>
        <div className="h-3" />
        <Code label="The React provider with a userHash">{signedReact}</Code>
        <p className="my-3 text-sm text-stone-600">
          Or, for hosts that prefer tokens that expire: an HS256 JWT signed with the same secret, with{" "}
          <code className="font-mono">sub</code> = the user id and <code className="font-mono">exp</code> at most an
          hour ahead, passed as the userHash.
        </p>
        <Code label="A REST message with a userHash">{signedApi}</Code>
      </Card>
    </div>
  );
}
