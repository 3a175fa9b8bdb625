import type { Metadata } from "next";
import { ComparisonPage, comparisonParams } from "@/components/pages/comparison-page";

export const generateStaticParams = comparisonParams;

type Params = Promise<{ kode: string; tahun: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { kode, tahun } = await params;
  return { title: `Perbandingan ${kode.toUpperCase()} ${tahun}` };
}

export default async function Page({ params }: { params: Params }) {
  const { kode, tahun } = await params;
  return <ComparisonPage lang="id" kode={kode} tahun={tahun} />;
}
