import { SavedFunnel } from "@/components/adoption/funnels/saved-funnel";

export default async function FunnelPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <SavedFunnel id={id} />;
}
