"use client";
import { ErrorPage } from "@/components/pages/error-page";

export default function Error({ reset }: { reset: () => void }) {
  return <ErrorPage lang="id" reset={reset} />;
}
