import { CheckPage } from "@/components/pages/check-page";

export const metadata = { title: "Check a CSV" };

export default function Page() {
  return <CheckPage lang="en" />;
}
