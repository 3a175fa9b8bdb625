import { InstitutionsPage } from "@/components/pages/institutions-page";

export const metadata = { title: "Kelembagaan" };

export default function Page() {
  return <InstitutionsPage lang="id" />;
}
