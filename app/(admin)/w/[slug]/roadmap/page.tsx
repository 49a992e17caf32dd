import { RoadmapBoard } from "@/components/roadmap/roadmap-board";

export default function RoadmapPage() {
  return <RoadmapBoard />;
}
