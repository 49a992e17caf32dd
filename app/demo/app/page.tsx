// /demo/app: Airtouch's home.
//
// Deep links (for tests): any /demo/app/** URL accepts these query parameters, which set the demo
// user without the picker (stored in localStorage like a picked user) and identify them:
//   userId       required to trigger a deep link, e.g. e2e-7f3a (ids from the picker are demo-<random>)
//   role         the `role` trait, e.g. "data engineer", "marketing"; "" or "none" = no role (first-run question)
//   locale       en | fr | de (trait `locale` and <html lang>), default en
//   accountId    e.g. acct_0001 (a seeded account) or any new id; default demo-acct-<random>
//   accountName  the account's `name` trait; default the seeded name for a seeded id, else "Demo Company"
//   plan         the account's `plan` trait; default the seeded plan, else "free"
//   name, email  the user's traits; default a generated name and a .example address
//   existing=1   a returning user (e.g. the seeded user_00001): no `signed_up`, and identify/group send
//                only the traits the link names; otherwise signed_up is tracked once per userId
//   writeKey     the write key the snippet uses; default the seeded Airtouch key
//   host         the Cairn origin the snippet loads from and sends to; default this page's origin
// writeKey/host last for the browser tab (sessionStorage), so reloads keep talking to the same place.
//
// Example: /demo/app/workflows?userId=e2e-1&role=data%20engineer&locale=fr&accountId=acct_0001
import type { Metadata } from "next";
import { HomeView } from "@/components/demo/home-view";

export const metadata: Metadata = { title: "Dashboard · Airtouch" };

export default function AirtouchHomePage() {
  return <HomeView />;
}
