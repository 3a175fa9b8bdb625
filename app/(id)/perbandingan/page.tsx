import { ComparisonPage } from "@/components/pages/comparison-page";

export const metadata = { title: "Perbandingan" };

export default function Page() {
  return <ComparisonPage lang="id" />;
}
