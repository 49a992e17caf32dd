"use client";

import { useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card } from "@/components/ui/card";
import { snippet } from "@/components/widget/snippet";
import { CreateKeyForm } from "./create-key-form";
import { SIGNING_EXAMPLES } from "./signing-examples";

function Code({ children, testId }: { children: string; testId?: string }) {
  return (
    // Focusable, so keyboard users can scroll a line wider than the page.
    <pre
      className="overflow-x-auto rounded-md bg-stone-900 p-4 text-xs leading-relaxed text-stone-100"
      data-testid={testId}
      tabIndex={0}
    >
      <code>{children}</code>
    </pre>
  );
}

export function InstallGuide({ origin }: { origin: string }) {
  const ws = useWorkspace();
  const [key, setKey] = useState<string | null>(null);
  const writeKey = key ?? "YOUR_WRITE_KEY";
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
      <Card title="1. Get a write key">
        {ws.can("keys.manage") ? (
          <>
            <p className="mb-3 text-sm text-stone-600">
              Keys are shown once. Create one here and the examples below fill it in.
            </p>
            <CreateKeyForm fixedKind="write" onCreated={setKey} />
          </>
        ) : (
          <p className="text-sm text-stone-600">
            Ask an admin of {ws.name} for a write key and put it where the examples say YOUR_WRITE_KEY.
          </p>
        )}
      </Card>
      <Card title="2. Add the widget to your app">
        <p className="mb-3 text-sm text-stone-600">
          Paste this into every page of your app, before <code className="font-mono">&lt;/head&gt;</code>. It loads
          asynchronously (under 1 KB, then the runtime), queues calls made before it arrives, and shows each user their
          onboarding checklist in a corner of the page, isolated from your styles.
        </p>
        <Code testId="widget-snippet">{embed}</Code>
        <p className="my-3 text-sm text-stone-600">Then tell Cairn who is signed in and what they do:</p>
        <Code>{calls}</Code>
        <p className="my-3 text-sm text-stone-600">In a React app, the provider does the same:</p>
        <Code>{react}</Code>
      </Card>
      <Card title="Send events from your server">
        <p className="mb-3 text-sm text-stone-600">
          The API follows the Segment spec (identify, track, page, group, batch), so Segment libraries pointed at{" "}
          <code className="font-mono">{origin}/api/v1</code> work too.
        </p>
        <Code testId="curl-example">{curl}</Code>
      </Card>
      <Card title="Identify users and their accounts in a batch">
        <p className="mb-3 text-sm text-stone-600">
          Traits decide each user&apos;s persona; a batch takes up to 500 messages (512 KB) and reports any rejected
          message by index.
        </p>
        <Code>{batch}</Code>
      </Card>
      <Card title="From the browser">
        <Code>{browser}</Code>
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
              <Code>{e.code}</Code>
            </div>
          ))}
        </div>
        <p className="my-3 text-sm text-stone-600">Then pass it with identify, in the snippet or the React provider:</p>
        <Code>{signedSnippet}</Code>
        <div className="h-3" />
        <Code>{signedReact}</Code>
        <p className="my-3 text-sm text-stone-600">
          Or, for hosts that prefer tokens that expire: an HS256 JWT signed with the same secret, with{" "}
          <code className="font-mono">sub</code> = the user id and <code className="font-mono">exp</code> at most an
          hour ahead, passed as the userHash.
        </p>
        <Code>{signedApi}</Code>
      </Card>
    </div>
  );
}
