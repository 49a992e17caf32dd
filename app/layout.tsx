import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers/trpc";
import "./globals.css";

export const metadata: Metadata = {
  title: "Cairn",
  description: "Onboarding checklists, in-app surveys, adoption reports and a public roadmap, in one self-hosted app.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
