import { UserDetail } from "@/components/people/user-detail";

export default async function UserPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { id } = await params;
  return <UserDetail userId={id} />;
}
