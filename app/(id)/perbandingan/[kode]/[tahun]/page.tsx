import { comparisonRoute } from "@/app/localized";

const route = comparisonRoute("id");
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
