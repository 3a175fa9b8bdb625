import { DataPage } from "@/components/pages/data-page";

export const metadata = { title: "Data & methods" };

export default function Page() {
  return <DataPage lang="en" />;
}
