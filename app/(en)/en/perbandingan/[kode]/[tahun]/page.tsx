import { comparisonRoute } from "@/app/localized";

const route = comparisonRoute("en");
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
