import { Globe, Lock, Users } from 'lucide-react';
import type { SpaceVisibility } from '../../../gql/graphql';

const LABELS: Record<SpaceVisibility, { short: string; Icon: typeof Globe }> = {
  PUBLIC: { short: 'Public', Icon: Globe },
  MEMBERS: { short: 'Membres', Icon: Users },
  RESTRICTED: { short: 'Restreint', Icon: Lock },
};

/**
 * Who may read a space, as an icon and a word. The compact form (in the sidebar's links) is the icon
 * alone, a visual hint: the word is on the space's own page, and the link keeps the space's name.
 */
export function VisibilityLabel({ visibility, compact = false }: { visibility: SpaceVisibility; compact?: boolean }) {
  const { short, Icon } = LABELS[visibility];
  if (compact) {
    return (
      <span className="visibility visibility--compact" title={short} aria-hidden="true">
        <Icon size={14} />
      </span>
    );
  }
  return (
    <span className="visibility">
      <Icon aria-hidden="true" size={14} />
      {short}
    </span>
  );
}
