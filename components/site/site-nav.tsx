"use client";
import { SiteLink } from "./site-link";
import { usePathname } from "next/navigation";

/** Main navigation; marks the current page for screen readers (aria-current) and sighted users. */
export function SiteNav({ label, items }: { label: string; items: { href: string; text: string }[] }) {
  const pathname = usePathname();
  const current = (href: string) => {
    const path = pathname.replace(/\/$/, "") || "/";
    return href === "/" || href === "/en" ? path === href : path === href || path.startsWith(`${href}/`);
  };
  return (
    <nav className="site-nav" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <SiteLink href={item.href} aria-current={current(item.href) ? "page" : undefined}>
              {item.text}
            </SiteLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
