import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { AcceptInvite } from "@/components/auth/accept-invite";
import { getSessionUser } from "@/server/auth/session";
import { nullOnBadInput, serverCaller } from "@/server/trpc/server-caller";

export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await nullOnBadInput((await serverCaller()).account.invite({ token }));
  if (!invite) {
    return (
      <AuthShell title="Invite not valid">
        This invite link is invalid, was revoked or has expired. Ask an admin for a new one.
      </AuthShell>
    );
  }
  const user = await getSessionUser();
  const next = `/invite/${token}`;
  return (
    <AuthShell
      title={`Join ${invite.workspace.name}`}
      subtitle={`You were invited as ${invite.role} (${invite.email}).`}
    >
      {user ? (
        <AcceptInvite token={token} />
      ) : (
        <p className="text-sm text-stone-600">
          <Link
            className="font-medium text-brand-700 hover:underline"
            href={`/signup?next=${encodeURIComponent(next)}`}
          >
            Create an account
          </Link>{" "}
          with {invite.email} or{" "}
          <Link
            className="font-medium text-brand-700 hover:underline"
            href={`/signin?next=${encodeURIComponent(next)}`}
          >
            sign in
          </Link>{" "}
          to accept.
        </p>
      )}
    </AuthShell>
  );
}
