"use client";
import { ErrorPage } from "@/components/pages/error-page";
import { errorPageText } from "@/lib/i18n/en";

export default function Error({ reset }: { reset: () => void }) {
  return <ErrorPage lang="en" text={errorPageText} reset={reset} />;
}
