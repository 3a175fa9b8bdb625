import { ComparisonPage } from "@/components/pages/comparison-page";

export const metadata = { title: "Comparison" };

export default function Page() {
  return <ComparisonPage lang="en" />;
}
