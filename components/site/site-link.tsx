import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link between the dashboard's pages. Next prefetches every link as it scrolls into view; on a
 * planner's laptop that fetching and parsing of other pages' data was the largest piece of script
 * work while a page starts (the nav alone links ten pages). Pages are small and static, so a link
 * fetches its page when followed.
 */
export function SiteLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
