import type { Metadata } from "next";
import { TeamView } from "@/components/demo/team-view";

export const metadata: Metadata = { title: "Team · Airtouch" };

export default function AirtouchTeamPage() {
  return <TeamView />;
}
