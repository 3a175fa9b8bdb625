import { InstitutionsPage } from "@/components/pages/institutions-page";

export const metadata = { title: "Institutions" };

export default function Page() {
  return <InstitutionsPage lang="en" />;
}
