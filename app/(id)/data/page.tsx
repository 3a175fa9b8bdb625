import { DataPage } from "@/components/pages/data-page";

export const metadata = { title: "Data & metode" };

export default function Page() {
  return <DataPage lang="id" />;
}
