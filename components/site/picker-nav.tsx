/** A row of links that pick a view (an indicator, a year), the current one marked: each view has its own URL. */
import { SiteLink } from "./site-link";

export function PickerNav({ label, links }: { label: string; links: { text: string; href: string; current: boolean }[] }) {
  return (
    <nav className="picker-nav" aria-label={label}>
      <span className="picker-label">{label}:</span>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <SiteLink href={l.href} aria-current={l.current ? "page" : undefined}>
              {l.text}
            </SiteLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
