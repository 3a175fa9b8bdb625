import type { Metadata } from "next";
import { SiteFrame } from "@/components/site/site-frame";

export const metadata: Metadata = {
  title: { default: "PUG Dashboard", template: "%s · PUG Dashboard" },
  description: "Gender-mainstreaming indicator dashboard: IPM, IPG, IDG and IKG against the RPJMD targets.",
};

export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame lang="en">{children}</SiteFrame>;
}
