import Link from "next/link";
import { redirect } from "next/navigation";
import { ChangePasswordForm, SignOutEverywhere } from "@/components/account/account-settings";
import { PageHeader } from "@/components/ui/card";
import { getSessionUser } from "@/server/auth/session";

export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await getSessionUser();
  if (!user) redirect("/signin?next=/account");
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <Link href="/" className="text-sm text-stone-500 hover:text-stone-800">
        ← Back to Cairn
      </Link>
      <PageHeader title="Your account" description={`${user.name} · ${user.email}`} />
      <ChangePasswordForm />
      <SignOutEverywhere />
    </main>
  );
}
