import { CheckPage } from "@/components/pages/check-page";

export const metadata = { title: "Periksa CSV" };

export default function Page() {
  return <CheckPage lang="id" />;
}
