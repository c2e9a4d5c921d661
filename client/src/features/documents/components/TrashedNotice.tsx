import { useMutation } from 'urql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Time } from '../../../ui/Time';
import { RestoreDocumentMutation } from '../graphql/mutations';

/** Shown on a document that is in the trash (only people who may restore it can open it). */
export function TrashedNotice({ doc }: { doc: { id: string; deletedAt: string; canEdit: boolean } }) {
  const [{ fetching, error }, restore] = useMutation(RestoreDocumentMutation);
  return (
    <Alert tone="warning" title="Ce document est dans la corbeille" live={false}>
      <p>
        Il a été mis à la corbeille <Time value={doc.deletedAt} />. Il n’apparaît plus dans son espace.
      </p>
      {doc.canEdit && (
        <Button size="small" isPending={fetching} onPress={() => void restore({ id: doc.id })}>
          Restaurer le document
        </Button>
      )}
      {error && <p className="field-error">{toShownError(error).message}</p>}
    </Alert>
  );
}
