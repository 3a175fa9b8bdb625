import type { Metadata } from "next";
import { IndicatorPage, indicatorParams } from "@/components/pages/indicator-page";

export const generateStaticParams = indicatorParams;

export async function generateMetadata({ params }: { params: Promise<{ kode: string }> }): Promise<Metadata> {
  return { title: (await params).kode.toUpperCase() };
}

export default async function Page({ params }: { params: Promise<{ kode: string }> }) {
  return <IndicatorPage lang="id" kode={(await params).kode} />;
}
