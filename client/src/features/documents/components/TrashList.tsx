import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useMutation } from 'urql';
import type { TrashQuery } from '../../../gql/graphql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/Dialog';
import { StructureBadge } from '../../../ui/StructureBadge';
import { Time } from '../../../ui/Time';
import { documentPath } from '../../spaces/lib/tree';
import { PurgeDocumentMutation, RestoreDocumentMutation } from '../graphql/mutations';
import { quoted } from '../../../ui/quoted';

type Trashed = TrashQuery['trash'][number];

// purgeDocument answers a Boolean: name the type it removes so every list of documents refreshes.
const purgeContext = { additionalTypenames: ['Document'] };

interface Props {
  documents: Trashed[];
  canPurge: boolean;
  onDone: (message: string) => void;
}

export function TrashList({ documents, canPurge, onDone }: Props) {
  const [restoring, restore] = useMutation(RestoreDocumentMutation);
  const [purging, purge] = useMutation(PurgeDocumentMutation);
  const [toPurge, setToPurge] = useState<Trashed | null>(null);
  const [error, setError] = useState<string | null>(null);

  const restoreOne = async (doc: Trashed) => {
    setError(null);
    const result = await restore({ id: doc.id });
    if (result.error) return setError(toShownError(result.error).message);
    onDone(`${quoted(doc.title)} est restauré dans son espace.`);
  };

  const purgeOne = async (doc: Trashed) => {
    const result = await purge({ id: doc.id }, purgeContext);
    if (result.error) return;
    setToPurge(null);
    onDone(`${quoted(doc.title)} est supprimé définitivement.`);
  };

  return (
    <>
      {error && <Alert tone="error">{error}</Alert>}
      <ul className="trash-list">
        {documents.map((doc) => (
          <li key={doc.id} className="trash-item">
            <div className="trash-item-text">
              <h2 className="trash-item-title">
                <Link href={documentPath(doc)} className="text-link">
                  {doc.title}
                </Link>
              </h2>
              {doc.deletedAt && (
                <p className="muted">
                  Mis à la corbeille <Time value={doc.deletedAt} />
                  {doc.deletedBy && (
                    <>
                      {' '}
                      par {doc.deletedBy.name} <StructureBadge structure={doc.deletedBy.structure} />
                    </>
                  )}
                </p>
              )}
            </div>
            <div className="trash-item-actions">
              <Button
                size="small"
                onPress={() => void restoreOne(doc)}
                isPending={restoring.fetching && restoring.operation?.variables.id === doc.id}
                aria-label={`Restaurer ${quoted(doc.title)}`}
              >
                Restaurer
              </Button>
              {canPurge && (
                <Button size="small" variant="danger" onPress={() => setToPurge(doc)} aria-label={`Supprimer définitivement ${quoted(doc.title)}`}>
                  Supprimer définitivement
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {toPurge && (
        <ConfirmDialog
          title={`Supprimer définitivement ${quoted(toPurge.title)} ?`}
          isOpen
          onOpenChange={(isOpen) => !isOpen && setToPurge(null)}
          confirmLabel="Supprimer définitivement"
          onConfirm={() => void purgeOne(toPurge)}
          isPending={purging.fetching}
          danger
          error={purging.error && <Alert tone="error">{toShownError(purging.error).message}</Alert>}
        >
          <p>Le document et ses sous-documents seront effacés pour toujours. Cette action ne peut pas être annulée.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
