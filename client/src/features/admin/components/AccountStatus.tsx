import { CircleCheck, CircleSlash, Mail } from 'lucide-react';

/** A state with an icon and a word. */
export function AccountStatus({ disabled, invitationPending }: { disabled: boolean; invitationPending: boolean }) {
  if (disabled) {
    return (
      <span className="status status--off">
        <CircleSlash aria-hidden="true" size={16} /> Désactivé
      </span>
    );
  }
  if (invitationPending) {
    return (
      <span className="status status--pending">
        <Mail aria-hidden="true" size={16} /> Invitation en attente
      </span>
    );
  }
  return (
    <span className="status status--on">
      <CircleCheck aria-hidden="true" size={16} /> Actif
    </span>
  );
}
