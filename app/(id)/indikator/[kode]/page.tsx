import { indicatorRoute } from "@/app/localized";

const route = indicatorRoute("id");
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
