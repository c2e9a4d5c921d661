import { useState } from 'react';
import { Plus } from 'lucide-react';
import { STRUCTURE_KIND_LABELS } from '@cocon/shared/roles';
import { useMutation, useQuery } from 'urql';
import type { StructuresQuery as StructuresResult } from '../../../gql/graphql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ConfirmDialog, ModalDialog } from '../../../ui/Dialog';
import { FormActions } from '../../../ui/Form';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { StructureBadge } from '../../../ui/StructureBadge';
import { DeleteStructureMutation, StructuresQuery } from '../graphql/structures';
import { StructureFormDialog } from './StructureFormDialog';

type Structure = StructuresResult['structures'][number];

const context = { additionalTypenames: ['Structure'] };

export function StructuresPage() {
  const [{ data, fetching, error }] = useQuery({ query: StructuresQuery, context });
  const [deleting, deleteStructure] = useMutation(DeleteStructureMutation);
  const [editing, setEditing] = useState<Structure | 'new' | null>(null);
  const [toDelete, setToDelete] = useState<Structure | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const confirmDelete = async (structure: Structure) => {
    const result = await deleteStructure({ id: structure.id }, context);
    if (result.error) return;
    setToDelete(null);
    setMessage(`La structure « ${structure.name} » est supprimée.`);
  };

  return (
    <>
      <PageHeading>Structures</PageHeading>
      <p className="lead">
        Chaque compte appartient à une structure partenaire. Son nom court sur sa couleur forme le badge qui accompagne ce qu’écrivent ses membres.
      </p>
      <div className="toolbar">
        <Button variant="primary" onPress={() => setEditing('new')}>
          <Plus aria-hidden="true" size={18} />
          Nouvelle structure
        </Button>
      </div>
      {message && <Alert tone="success">{message}</Alert>}
      {error && <Alert tone="error">{toShownError(error).message}</Alert>}
      {fetching && !data ? (
        <Loading />
      ) : data ? (
        <div className="table-scroll" role="region" aria-label="Liste des structures" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Structure</th>
                <th scope="col">Nature</th>
                <th scope="col">ESC</th>
                <th scope="col">Comptes</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {data.structures.map((structure) => (
                <tr key={structure.id}>
                  <th scope="row">
                    <StructureBadge structure={structure} /> {structure.name}
                  </th>
                  <td>{STRUCTURE_KIND_LABELS[structure.kind]}</td>
                  <td>{structure.sites.length === 0 ? 'Aucun' : structure.sites.map((site) => site.name).join(', ')}</td>
                  <td>{structure.memberCount}</td>
                  <td>
                    <div className="table-actions">
                      <Button size="small" onPress={() => setEditing(structure)} aria-label={`Modifier « ${structure.name} »`}>
                        Modifier
                      </Button>
                      <Button size="small" variant="danger" onPress={() => setToDelete(structure)} aria-label={`Supprimer « ${structure.name} »`}>
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
        <StructureFormDialog
          structure={editing === 'new' ? null : editing}
          sites={data.escSites}
          isOpen
          onOpenChange={(isOpen) => !isOpen && setEditing(null)}
        />
      )}
      {toDelete && toDelete.memberCount > 0 && (
        <ModalDialog title={`« ${toDelete.name} » ne peut pas être supprimée`} isOpen onOpenChange={(isOpen) => !isOpen && setToDelete(null)}>
          <p>
            {toDelete.memberCount === 1 ? 'Un compte appartient' : `${toDelete.memberCount} comptes appartiennent`} encore à cette structure. Rattachez-les
            d’abord à une autre structure, depuis la page Comptes.
          </p>
          <FormActions>
            <Button onPress={() => setToDelete(null)}>Fermer</Button>
          </FormActions>
        </ModalDialog>
      )}
      {toDelete && toDelete.memberCount === 0 && (
        <ConfirmDialog
          title={`Supprimer la structure « ${toDelete.name} » ?`}
          isOpen
          onOpenChange={(isOpen) => !isOpen && setToDelete(null)}
          confirmLabel="Supprimer la structure"
          onConfirm={() => void confirmDelete(toDelete)}
          isPending={deleting.fetching}
          danger
          error={deleting.error && <Alert tone="error">{toShownError(deleting.error).message}</Alert>}
        >
          <p>Aucun compte n’appartient à cette structure. Elle disparaîtra des listes de choix.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
