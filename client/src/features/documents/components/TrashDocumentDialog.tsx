import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { ConfirmDialog } from '../../../ui/Dialog';
import { TrashDocumentMutation } from '../graphql/mutations';
import type { ActedDocument } from './documentActions';
import { quoted } from '../../../ui/quoted';

interface Props {
  doc: ActedDocument;
  spaceSlug: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

/** Asks first; afterwards the space page offers to undo, and the trash keeps it until an administrator deletes it. */
export function TrashDocumentDialog({ doc, spaceSlug, isOpen, onOpenChange }: Props) {
  const navigate = useNavigate();
  const [{ fetching, error }, trash] = useMutation(TrashDocumentMutation);

  const confirm = async () => {
    const result = await trash({ id: doc.id });
    if (result.error) return;
    onOpenChange(false);
    navigate(`/espaces/${spaceSlug}`, { state: { trashed: doc } });
  };

  return (
    <ConfirmDialog
      title={`Mettre ${quoted(doc.title)} à la corbeille ?`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      confirmLabel="Mettre à la corbeille"
      onConfirm={() => void confirm()}
      isPending={fetching}
      danger
      error={error && <Alert tone="error">{toShownError(error).message}</Alert>}
    >
      <p>Ses sous-documents iront aussi à la corbeille. Vous pourrez les restaurer depuis la corbeille de l’espace.</p>
    </ConfirmDialog>
  );
}
