"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Card, EmptyState } from "@/components/ui/card";
import { PagedList } from "@/components/ui/paged-list";

export function MailLog() {
  const trpc = useTRPC();
  const mail = useQuery({ ...trpc.account.mailLog.queryOptions(), refetchInterval: 5_000 });
  return (
    <Card title="Outbox">
      <PagedList
        query={mail}
        count={mail.data?.length ?? 0}
        empty={<EmptyState title="No mail yet">Invites and notifications appear here.</EmptyState>}
      >
        <ul className="divide-y divide-stone-100">
          {mail.data?.map((m) => (
            <li key={m.id} className="py-3 text-sm" data-testid="mail-row">
              <p className="font-medium">{m.subject}</p>
              <p className="text-xs text-stone-500">
                to {m.to} · {m.kind} · {m.createdAt.toLocaleString()} · {m.sentAt ? "sent" : "not sent (no SMTP)"}
              </p>
              <pre className="mt-2 whitespace-pre-wrap rounded bg-stone-50 p-2 font-sans text-xs text-stone-700">
                {m.text}
              </pre>
            </li>
          ))}
        </ul>
      </PagedList>
    </Card>
  );
}
