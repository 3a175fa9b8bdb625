import { OverviewPage } from "@/components/pages/overview-page";

export const metadata = { title: "Ringkasan" };

export default function Page() {
  return <OverviewPage lang="id" />;
}
