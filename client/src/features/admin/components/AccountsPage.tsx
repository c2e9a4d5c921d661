import { useState } from 'react';
import { Ellipsis, UserPlus } from 'lucide-react';
import { ROLE_LABELS } from '@cocon/shared/roles';
import { useMutation, useQuery } from 'urql';
import type { AccountsQuery as AccountsResult } from '../../../gql/graphql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { LinkButton } from '../../../ui/Button';
import { ConfirmDialog, ModalDialog } from '../../../ui/Dialog';
import { Loading } from '../../../ui/Loading';
import { MenuButton, MenuItem } from '../../../ui/Menu';
import { PageHeading } from '../../../ui/PageHeading';
import { StructureBadge } from '../../../ui/StructureBadge';
import { Time } from '../../../ui/Time';
import { useMe } from '../../auth/hooks/useMe';
import { AccountsQuery, CreatePasswordResetLinkMutation, UpdateUserMutation } from '../graphql/accounts';
import { AccountStatus } from './AccountStatus';
import { EditAccountDialog } from './EditAccountDialog';
import { LinkResult } from './LinkResult';

type Account = AccountsResult['users'][number];
type LinkAnswer = { account: Account; link: string | null; emailed: boolean };

const context = { additionalTypenames: ['User'] };

export function AccountsPage() {
  const { me } = useMe();
  const [{ data, fetching, error }] = useQuery({ query: AccountsQuery, context });
  const [updating, updateUser] = useMutation(UpdateUserMutation);
  const [, createLink] = useMutation(CreatePasswordResetLinkMutation);
  const [editing, setEditing] = useState<Account | null>(null);
  const [toDisable, setToDisable] = useState<Account | null>(null);
  const [linkAnswer, setLinkAnswer] = useState<LinkAnswer | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const setDisabled = async (account: Account, disabled: boolean) => {
    setActionError(null);
    const result = await updateUser({ input: { id: account.id, disabled } });
    if (result.error) return setActionError(toShownError(result.error).message);
    setToDisable(null);
    setMessage(disabled ? `Le compte de ${account.name} est désactivé.` : `Le compte de ${account.name} est réactivé.`);
  };

  const resetLink = async (account: Account) => {
    setActionError(null);
    const result = await createLink({ userId: account.id });
    if (result.error || !result.data) return result.error && setActionError(toShownError(result.error).message);
    setLinkAnswer({ account, ...result.data.createPasswordResetLink });
  };

  return (
    <>
      <PageHeading>Comptes</PageHeading>
      <p className="lead">Les personnes qui ont un compte Cocon, leur structure et leur rôle.</p>
      <div className="toolbar">
        <LinkButton href="/admin/invitations" variant="primary">
          <UserPlus aria-hidden="true" size={18} />
          Inviter une personne
        </LinkButton>
      </div>
      {message && <Alert tone="success">{message}</Alert>}
      {actionError && <Alert tone="error">{actionError}</Alert>}
      {error && <Alert tone="error">{toShownError(error).message}</Alert>}
      {fetching && !data ? (
        <Loading />
      ) : data ? (
        <div className="table-scroll" role="region" aria-label="Liste des comptes" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Personne</th>
                <th scope="col">Structure</th>
                <th scope="col">Rôle</th>
                <th scope="col">État</th>
                <th scope="col">Dernière visite</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {data.users.map((account) => {
                const isMe = account.id === me?.id;
                return (
                  <tr key={account.id}>
                    <th scope="row">
                      {account.name}
                      {isMe && ' (vous)'}
                      <span className="table-sub">{account.email}</span>
                    </th>
                    <td>
                      <StructureBadge structure={account.structure} />
                    </td>
                    <td>{ROLE_LABELS[account.role]}</td>
                    <td>
                      <AccountStatus disabled={account.disabled} invitationPending={account.invitationPending} />
                    </td>
                    <td>{account.lastSeenAt ? <Time value={account.lastSeenAt} /> : 'Jamais'}</td>
                    <td>
                      {isMe ? (
                        <span className="muted">Votre compte : changez-le depuis votre profil.</span>
                      ) : (
                        <MenuButton
                          size="small"
                          aria-label={`Actions pour le compte de ${account.name}`}
                          menuLabel={`Actions pour le compte de ${account.name}`}
                          trigger={<Ellipsis aria-hidden="true" size={18} />}
                        >
                          <MenuItem onAction={() => setEditing(account)}>Changer le rôle ou la structure…</MenuItem>
                          <MenuItem onAction={() => void resetLink(account)}>Créer un lien de réinitialisation</MenuItem>
                          {account.disabled ? (
                            <MenuItem onAction={() => void setDisabled(account, false)}>Réactiver le compte</MenuItem>
                          ) : (
                            <MenuItem onAction={() => setToDisable(account)} className="menu-item--danger">
                              Désactiver le compte…
                            </MenuItem>
                          )}
                        </MenuButton>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {editing && data && <EditAccountDialog account={editing} structures={data.structures} onClose={() => setEditing(null)} />}
      {toDisable && (
        <ConfirmDialog
          title={`Désactiver le compte de ${toDisable.name} ?`}
          isOpen
          onOpenChange={(isOpen) => !isOpen && setToDisable(null)}
          confirmLabel="Désactiver le compte"
          onConfirm={() => void setDisabled(toDisable, true)}
          isPending={updating.fetching}
          danger
        >
          <p>La personne ne pourra plus se connecter et ses sessions ouvertes seront fermées. Vous pourrez réactiver le compte plus tard.</p>
        </ConfirmDialog>
      )}
      {linkAnswer && (
        <ModalDialog title={`Lien de réinitialisation pour ${linkAnswer.account.name}`} isOpen onOpenChange={(isOpen) => !isOpen && setLinkAnswer(null)}>
          <LinkResult
            link={linkAnswer.link}
            emailed={linkAnswer.emailed}
            email={linkAnswer.account.email ?? ''}
            purpose={linkAnswer.account.invitationPending ? 'activer son compte' : 'choisir un nouveau mot de passe'}
          />
        </ModalDialog>
      )}
    </>
  );
}
