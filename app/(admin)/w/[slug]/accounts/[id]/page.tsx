import { AccountDetail } from "@/components/people/account-detail";

export default async function AccountPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { id } = await params;
  return <AccountDetail accountId={id} />;
}
