import { useState } from 'react';
import { useMutation } from 'urql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { RestoreDocumentMutation } from '../graphql/mutations';
import { quoted } from '../../../ui/quoted';

/** Right after a document went to the trash: say so, and offer to take it back at once. */
export function TrashUndo({ doc }: { doc: { id: string; title: string } }) {
  const [{ fetching, error }, restore] = useMutation(RestoreDocumentMutation);
  const [restored, setRestored] = useState(false);

  if (restored) return <Alert tone="success">{quoted(doc.title)} est restauré.</Alert>;
  return (
    <Alert tone="info" className="undo">
      <p>{quoted(doc.title)} a été mis à la corbeille, avec ses sous-documents.</p>
      <Button size="small" isPending={fetching} onPress={() => void restore({ id: doc.id }).then((result) => setRestored(!result.error))}>
        Annuler : le restaurer
      </Button>
      {error && <p className="field-error">{toShownError(error).message}</p>}
    </Alert>
  );
}
