import type { Metadata } from "next";
import { SiteFrame } from "@/components/site/site-frame";

export const metadata: Metadata = {
  title: { default: "Dasbor PUG", template: "%s · Dasbor PUG" },
  description: "Dasbor indikator pengarusutamaan gender: IPM, IPG, IDG dan IKG terhadap target RPJMD.",
};

export default function IndonesianLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame lang="id">{children}</SiteFrame>;
}
