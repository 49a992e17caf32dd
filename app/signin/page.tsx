import { AuthShell } from "@/components/auth/auth-shell";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeNext } from "@/server/workspaces/schemas";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <AuthShell title="Sign in to Cairn">
      <SignInForm next={safeNext(next, "") || undefined} />
    </AuthShell>
  );
}
