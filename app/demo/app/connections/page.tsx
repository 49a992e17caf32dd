import type { Metadata } from "next";
import { ConnectionsView } from "@/components/demo/connections-view";

export const metadata: Metadata = { title: "Connections · Airtouch" };

export default function AirtouchConnectionsPage() {
  return <ConnectionsView />;
}
