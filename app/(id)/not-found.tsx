import { NotFoundPage } from "@/components/pages/not-found-page";

export default function NotFound() {
  return <NotFoundPage lang="id" />;
}
