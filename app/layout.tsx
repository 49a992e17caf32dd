import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers/trpc";
import "./globals.css";

export const metadata: Metadata = {
  title: "Cairn",
  description: "Onboarding checklists, in-app surveys, adoption reports and a public roadmap, in one self-hosted app.",
};

// Every page renders per request: proxy.ts gives each response its own CSP nonce, which Next puts
// on its scripts; a page prerendered at build time would carry none and be blocked.
export default async function RootLayout({ children }: { children: ReactNode }) {
  await headers();
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
