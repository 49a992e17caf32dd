import { AuthShell } from "@/components/auth/auth-shell";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeNext } from "@/server/workspaces/schemas";

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <AuthShell title="Create your account" subtitle="Then create a workspace for your product.">
      <SignUpForm next={safeNext(next, "") || undefined} />
    </AuthShell>
  );
}
