import { Hourglass, Lock, Undo2 } from 'lucide-react';
import type { OfficialVersionStatus } from '../../../gql/graphql';

const STATUSES: Record<OfficialVersionStatus, { label: string; Icon: typeof Lock }> = {
  PROPOSED: { label: 'Proposée', Icon: Hourglass },
  APPROVED: { label: 'Validée et figée', Icon: Lock },
  WITHDRAWN: { label: 'Retirée', Icon: Undo2 },
};

export const statusLabel = (status: OfficialVersionStatus) => STATUSES[status].label;

/** Where an official version stands, with an icon and a word (never a colour alone). */
export function VersionStatus({ status }: { status: OfficialVersionStatus }) {
  const { label, Icon } = STATUSES[status];
  return (
    <span className={`version-status version-status--${status.toLowerCase()}`}>
      <Icon aria-hidden="true" size={16} />
      {label}
    </span>
  );
}

/** A revision that is (or was proposed as) an official version: "Socle commun V2 · Validée et figée". */
export function VersionBadge({ version }: { version: { label: string; status: OfficialVersionStatus } }) {
  const { label, Icon } = STATUSES[version.status];
  return (
    <span className={`version-badge version-badge--${version.status.toLowerCase()}`}>
      <Icon aria-hidden="true" size={14} />
      <span>
        {version.label}
        <span className="version-badge-status"> · {label}</span>
      </span>
    </span>
  );
}
