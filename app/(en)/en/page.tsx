import { OverviewPage } from "@/components/pages/overview-page";

export const metadata = { title: "Overview" };

export default function Page() {
  return <OverviewPage lang="en" />;
}
