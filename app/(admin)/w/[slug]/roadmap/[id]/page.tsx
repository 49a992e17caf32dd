import { RoadmapItemPage } from "@/components/roadmap/roadmap-item";

export default async function RoadmapItemRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RoadmapItemPage id={id} />;
}
