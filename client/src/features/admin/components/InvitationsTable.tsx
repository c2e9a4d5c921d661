import { Ban, CircleCheck, Clock, Hourglass } from 'lucide-react';
import { ROLE_LABELS } from '@cocon/shared/roles';
import type { InvitationStatus, InvitationsQuery } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { StructureBadge } from '../../../ui/StructureBadge';
import { Time } from '../../../ui/Time';

type Invitation = InvitationsQuery['invitations'][number];

const STATUS: Record<InvitationStatus, { label: string; Icon: typeof Clock; className: string }> = {
  PENDING: { label: 'En attente', Icon: Clock, className: 'status--pending' },
  ACCEPTED: { label: 'Acceptée', Icon: CircleCheck, className: 'status--on' },
  EXPIRED: { label: 'Expirée', Icon: Hourglass, className: 'status--off' },
  REVOKED: { label: 'Annulée', Icon: Ban, className: 'status--off' },
};

export function InvitationsTable({ invitations, onRevoke }: { invitations: Invitation[]; onRevoke: (invitation: Invitation) => void }) {
  return (
    <div className="table-scroll" role="region" aria-label="Liste des invitations" tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Personne</th>
            <th scope="col">Structure et rôle</th>
            <th scope="col">État</th>
            <th scope="col">Envoyée</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => {
            const { label, Icon, className } = STATUS[invitation.status];
            return (
              <tr key={invitation.id}>
                <th scope="row">
                  {invitation.user.name}
                  <span className="table-sub">{invitation.email}</span>
                </th>
                <td>
                  <StructureBadge structure={invitation.user.structure} /> {ROLE_LABELS[invitation.user.role]}
                </td>
                <td>
                  <span className={`status ${className}`}>
                    <Icon aria-hidden="true" size={16} /> {label}
                  </span>
                  {invitation.status === 'PENDING' && (
                    <span className="table-sub">
                      jusqu’au <Time value={invitation.expiresAt} relative={false} />
                    </span>
                  )}
                </td>
                <td>
                  <Time value={invitation.createdAt} />
                  {invitation.createdBy && <span className="table-sub">par {invitation.createdBy.name}</span>}
                </td>
                <td>
                  {invitation.status === 'PENDING' && (
                    <Button size="small" variant="danger" onPress={() => onRevoke(invitation)} aria-label={`Annuler l’invitation de ${invitation.user.name}`}>
                      Annuler
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
