import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { ConfirmDialog } from '../../../ui/Dialog';
import { documentPath } from '../../spaces/lib/tree';
import { RestoreRevisionMutation } from '../graphql/mutations';
import { formatDay } from '../lib/versionNames';

interface Props {
  revision: { id: string; number: number; createdAt: string };
  doc: { id: string; slug: string; title: string };
  onClose: () => void;
}

/**
 * Asks before bringing an older text back. Nothing is lost: the restoration is a new revision on top, and the
 * document opens afterwards with the restored text.
 */
export function RestoreRevisionDialog({ revision, doc, onClose }: Props) {
  const navigate = useNavigate();
  const [{ fetching, error }, restore] = useMutation(RestoreRevisionMutation);

  const confirm = async () => {
    const result = await restore({ id: revision.id });
    if (result.error || !result.data) return;
    onClose();
    const kept = result.data.restoreRevision.number;
    navigate(documentPath(doc), {
      state: { notice: `Le texte de la révision ${revision.number} est de retour. Ce retour est gardé dans la révision ${kept} : rien n’a été effacé.` },
    });
  };

  return (
    <ConfirmDialog
      title={`Restaurer la révision ${revision.number} ?`}
      isOpen
      onOpenChange={(isOpen) => !isOpen && onClose()}
      confirmLabel="Restaurer ce texte"
      onConfirm={() => void confirm()}
      isPending={fetching}
      error={error && <Alert tone="error">{toShownError(error).message}</Alert>}
    >
      <p>
        Le texte de « {doc.title} » redeviendra celui de la révision {revision.number} ({formatDay(revision.createdAt)}).
      </p>
      <p>
        Rien n’est effacé : ce retour devient une nouvelle révision, au-dessus des autres. Vous pourrez revenir au texte d’aujourd’hui en le restaurant à son
        tour.
      </p>
      <p>Les personnes qui modifient le document en ce moment verront le texte changer sous leurs yeux.</p>
    </ConfirmDialog>
  );
}
