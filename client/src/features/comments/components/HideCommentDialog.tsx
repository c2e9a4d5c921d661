import { useState } from 'react';
import { HIDING_REASON_LENGTH } from '@cocon/shared/rules';
import { useMutation } from 'urql';
import { Button } from '../../../ui/Button';
import { ModalDialog } from '../../../ui/Dialog';
import { Form, FormActions, useFormErrors } from '../../../ui/Form';
import { TextField } from '../../../ui/TextField';
import { HideCommentMutation } from '../graphql/threads';

interface Props {
  commentId: string;
  author: string;
  isOpen: boolean;
  onClose: () => void;
}

/** Hiding a comment asks why: the reason is shown to its author and kept in the moderation history. */
export function HideCommentDialog({ commentId, author, isOpen, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [hidden, hide] = useMutation(HideCommentMutation);
  const errors = useFormErrors(['reason']);
  const submit = async () => {
    if (!errors.check(reason.trim().length < HIDING_REASON_LENGTH.min ? { reason: 'Indiquez le motif, en quelques mots.' } : {})) return;
    const result = await hide({ input: { id: commentId, reason: reason.trim() } });
    if (result.error) return errors.show(result.error);
    setReason('');
    onClose();
  };
  return (
    <ModalDialog title={`Masquer le commentaire de ${author}`} isOpen={isOpen} onOpenChange={(open) => !open && onClose()}>
      <Form onSubmit={() => void submit()} fieldErrors={errors.fieldErrors} formError={errors.formError}>
        <p>Le commentaire ne sera plus lisible que par son auteur et les modérateurs. Il pourra être rétabli.</p>
        <TextField
          label="Motif"
          name="reason"
          value={reason}
          onChange={setReason}
          isRequired
          maxLength={HIDING_REASON_LENGTH.max}
          multiline
          errorMessage={errors.fieldErrors.reason}
          description="Montré à l’auteur et gardé dans l’historique de modération."
          autoFocus
        />
        <FormActions>
          <Button onPress={onClose}>Annuler</Button>
          <Button type="submit" variant="danger" isPending={hidden.fetching}>
            Masquer le commentaire
          </Button>
        </FormActions>
      </Form>
    </ModalDialog>
  );
}
