import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { InvitationsQuery as InvitationsResult } from '../../../gql/graphql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { ConfirmDialog } from '../../../ui/Dialog';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { InvitationsQuery, RevokeInvitationMutation } from '../graphql/invitations';
import { InvitationsTable } from './InvitationsTable';
import { InviteForm } from './InviteForm';

type Invitation = InvitationsResult['invitations'][number];

// An empty list carries no typename: name it, so a new invitation shows up at once.
const context = { additionalTypenames: ['Invitation'] };

export function InvitationsPage() {
  const [{ data, fetching, error }] = useQuery({ query: InvitationsQuery, context });
  const [revoking, revoke] = useMutation(RevokeInvitationMutation);
  const [toRevoke, setToRevoke] = useState<Invitation | null>(null);

  const confirmRevoke = async (invitation: Invitation) => {
    const result = await revoke({ id: invitation.id });
    if (!result.error) setToRevoke(null);
  };

  return (
    <>
      <PageHeading>Invitations</PageHeading>
      <p className="lead">Inviter une personne crée son compte ; elle choisit son mot de passe en ouvrant le lien reçu, valable 7 jours et une seule fois.</p>
      {error && <Alert tone="error">{toShownError(error).message}</Alert>}
      {fetching && !data ? (
        <Loading />
      ) : data ? (
        <>
          <InviteForm structures={data.structures} />
          <section aria-labelledby="invitations-list" className="section">
            <h2 id="invitations-list">Invitations envoyées</h2>
            {data.invitations.length === 0 ? (
              <EmptyState title="Aucune invitation pour l’instant.">
                <p>Les invitations que vous envoyez apparaîtront ici, avec leur état.</p>
              </EmptyState>
            ) : (
              <InvitationsTable invitations={data.invitations} onRevoke={setToRevoke} />
            )}
          </section>
        </>
      ) : null}
      {toRevoke && (
        <ConfirmDialog
          title={`Annuler l’invitation de ${toRevoke.user.name} ?`}
          isOpen
          onOpenChange={(isOpen) => !isOpen && setToRevoke(null)}
          confirmLabel="Annuler l’invitation"
          onConfirm={() => void confirmRevoke(toRevoke)}
          isPending={revoking.fetching}
          danger
          error={revoking.error && <Alert tone="error">{toShownError(revoking.error).message}</Alert>}
        >
          <p>Le lien envoyé à {toRevoke.email} ne fonctionnera plus. Vous pourrez inviter la personne à nouveau.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
