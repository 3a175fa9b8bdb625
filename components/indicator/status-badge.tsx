import { StatusIcon } from "./status-icon";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { Status } from "@/lib/metrics/progress";

export function StatusBadge({ status, lang, title }: { status: Status; lang: Lang; title?: string }) {
  const t = dict(lang);
  return (
    <span className={`status status-${status}`} data-status={status} title={title ?? t.statusHelp[status]}>
      <StatusIcon status={status} />
      {t.status[status]}
    </span>
  );
}
