import { AuthShell } from "@/components/auth/auth-shell";
import { ConfirmEmail } from "@/components/auth/confirm-email";
import { safeNext } from "@/server/workspaces/schemas";

export const dynamic = "force-dynamic";

// The link only shows a button: opening it must not confirm anything by itself, since mail
// scanners fetch links before their owner does.
export default async function VerifyPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const { token } = await params;
  const { next } = await searchParams;
  return (
    <AuthShell title="Confirm your email address">
      <ConfirmEmail token={token} next={safeNext(next, "") || undefined} />
    </AuthShell>
  );
}
