// /demo: "Pick a demo user" (persona, language, new or seeded account), then "Enter Airtouch".
// `?writeKey=` and `?host=` point the embedded snippet at another Cairn workspace or server
// (defaults: the seeded Airtouch workspace's write key, this origin).
import type { Metadata } from "next";
import { UserPicker } from "@/components/demo/user-picker";

export const metadata: Metadata = { title: "Sign up · Airtouch" };

export default function DemoPickerPage() {
  return <UserPicker />;
}
