import { useEffect, useRef, useState } from 'react';
import { Plus } from 'lucide-react';
import { Link } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import type { AdminSpacesQuery as AdminSpacesResult } from '../../../gql/graphql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/Dialog';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { VisibilityLabel } from '../../spaces/components/VisibilityLabel';
import { AdminSpacesQuery, DeleteSpaceMutation } from '../graphql/spaces';
import { SpaceAccess } from './SpaceAccess';
import { SpaceFormDialog } from './SpaceFormDialog';

type Space = AdminSpacesResult['spaces'][number];

// Deleting answers a plain boolean: the typename tells urql which cached lists (the sidebar's too) to refresh.
const context = { additionalTypenames: ['Space'] };

export function SpacesPage() {
  const [{ data, fetching, error }] = useQuery({ query: AdminSpacesQuery, context });
  const [deleting, deleteSpace] = useMutation(DeleteSpaceMutation);
  const [editing, setEditing] = useState<Space | 'new' | null>(null);
  const [toDelete, setToDelete] = useState<Space | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const removedId = useRef<string | null>(null);

  // The deleted row takes its focused button with it once the list is fetched again: the list gets the focus.
  useEffect(() => {
    if (!removedId.current || data?.spaces.some((space) => space.id === removedId.current)) return;
    removedId.current = null;
    listRef.current?.focus();
  }, [data]);

  const askDelete = (space: Space) => {
    setDeleteError(null);
    setToDelete(space);
  };

  const confirmDelete = async (space: Space) => {
    const result = await deleteSpace({ id: space.id }, context);
    if (result.error) return setDeleteError(toShownError(result.error).message);
    removedId.current = space.id;
    setToDelete(null);
    setMessage(`L’espace « ${space.name} » est supprimé.`);
  };

  const saved = (sentence: string) => {
    setEditing(null);
    setMessage(sentence);
  };

  return (
    <>
      <PageHeading>Espaces</PageHeading>
      <p className="lead">
        Les espaces rangent les documents par sujet. Chacun a son adresse et sa visibilité : public, réservé aux personnes qui ont un compte, ou restreint à
        certains rôles et structures.
      </p>
      <div className="toolbar">
        <Button variant="primary" onPress={() => setEditing('new')}>
          <Plus aria-hidden="true" size={18} />
          Nouvel espace
        </Button>
      </div>
      {message && <Alert tone="success">{message}</Alert>}
      {error && <Alert tone="error">{toShownError(error).message}</Alert>}
      {fetching && !data ? (
        <Loading />
      ) : data && data.spaces.length === 0 ? (
        <EmptyState title="Aucun espace pour l’instant.">
          <p>Créez un premier espace pour que les partenaires puissent y écrire leurs documents.</p>
        </EmptyState>
      ) : data ? (
        <div ref={listRef} className="table-scroll" role="region" aria-label="Liste des espaces" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Espace</th>
                <th scope="col">Adresse</th>
                <th scope="col">Visibilité</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {data.spaces.map((space) => (
                <tr key={space.id}>
                  <th scope="row">{space.name}</th>
                  <td>
                    <Link href={`/espaces/${space.slug}`}>/espaces/{space.slug}</Link>
                  </td>
                  <td>
                    <VisibilityLabel visibility={space.visibility} />
                    {space.visibility === 'RESTRICTED' && <SpaceAccess space={space} />}
                  </td>
                  <td>
                    <div className="table-actions">
                      <Button size="small" onPress={() => setEditing(space)} aria-label={`Modifier « ${space.name} »`}>
                        Modifier
                      </Button>
                      <Button size="small" variant="danger" onPress={() => askDelete(space)} aria-label={`Supprimer « ${space.name} »`}>
                        Supprimer
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {editing && data && (
        <SpaceFormDialog
          space={editing === 'new' ? null : editing}
          structures={data.structures}
          isOpen
          onOpenChange={(isOpen) => !isOpen && setEditing(null)}
          onSaved={saved}
        />
      )}
      {toDelete && (
        <ConfirmDialog
          title={`Supprimer l’espace « ${toDelete.name} » ?`}
          isOpen
          onOpenChange={(isOpen) => !isOpen && setToDelete(null)}
          confirmLabel="Supprimer l’espace"
          onConfirm={() => void confirmDelete(toDelete)}
          isPending={deleting.fetching}
          danger
          error={deleteError && <Alert tone="error">{deleteError}</Alert>}
        >
          <p>
            Seul un espace vide peut être supprimé : sans documents, ni dans l’arbre ni dans la corbeille. Son adresse /espaces/{toDelete.slug} ne mènera plus
            nulle part.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
