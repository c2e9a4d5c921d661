import { useState } from 'react';
import { DECISION_NOTE_LENGTH } from '@cocon/shared/rules';
import { useMutation } from 'urql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { ConfirmDialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/TextField';
import { ApproveOfficialVersionMutation, WithdrawOfficialVersionMutation } from '../graphql/mutations';

interface Props {
  decision: 'approve' | 'withdraw';
  version: { id: string; label: string; slug: string };
  /** Where the version will be read once approved, when the document already has archive addresses. */
  archiveHint: string | null;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** The GT ESC approves (which freezes for good), or a proposal is withdrawn; both with an optional note kept in the trail. */
export function DecideVersionDialog({ decision, version, archiveHint, onClose, onDone }: Props) {
  const [approving, approve] = useMutation(ApproveOfficialVersionMutation);
  const [withdrawing, withdraw] = useMutation(WithdrawOfficialVersionMutation);
  const [note, setNote] = useState('');
  const state = decision === 'approve' ? approving : withdrawing;

  const confirm = async () => {
    const variables = { id: version.id, note: note.trim() || null };
    const result = decision === 'approve' ? await approve(variables) : await withdraw(variables);
    if (result.error) return;
    onDone(
      decision === 'approve'
        ? `« ${version.label} » est validée. Elle est figée et publiée dans les archives.`
        : `La proposition « ${version.label} » est retirée.`,
    );
  };

  return (
    <ConfirmDialog
      title={decision === 'approve' ? `Valider « ${version.label} » ?` : `Retirer la proposition « ${version.label} » ?`}
      isOpen
      onOpenChange={(isOpen) => !isOpen && onClose()}
      confirmLabel={decision === 'approve' ? 'Valider et figer la version' : 'Retirer la proposition'}
      onConfirm={() => void confirm()}
      isPending={state.fetching}
      danger={decision === 'withdraw'}
      error={state.error && <Alert tone="error">{toShownError(state.error).message}</Alert>}
    >
      {decision === 'approve' ? (
        <>
          <p>
            <strong>Valider fige cette version pour toujours</strong> : son texte ne pourra plus jamais changer, pas même par un administrateur. Le document,
            lui, continue d’évoluer vers la version suivante.
          </p>
          <p>Elle sera publiée dans les archives{archiveHint ? <> à l’adresse {archiveHint}</> : null}, où chacun pourra la lire, l’imprimer et la comparer.</p>
        </>
      ) : (
        <p>La proposition restera visible dans l’historique, marquée comme retirée. La forme courte « {version.slug} » redevient libre.</p>
      )}
      <TextField
        label={decision === 'approve' ? 'Note pour l’historique' : 'Pourquoi la retirer ?'}
        name="note"
        value={note}
        onChange={setNote}
        multiline
        maxLength={DECISION_NOTE_LENGTH.max}
        description="Facultatif : gardé avec la décision, visible de tous ceux qui lisent l’historique."
      />
    </ConfirmDialog>
  );
}
