import { useState } from 'react';
import { REVISION_NAME_LENGTH } from '@cocon/shared/rules';
import { useMutation } from 'urql';
import { Button } from '../../../ui/Button';
import { ModalDialog } from '../../../ui/Dialog';
import { Form, FormActions, useFormErrors } from '../../../ui/Form';
import { TextField } from '../../../ui/TextField';
import { CreateNamedRevisionMutation, NameRevisionMutation } from '../graphql/mutations';

/** Name the document as it stands now (a new revision), or give a name to an existing revision. */
export type NamingTarget = { kind: 'current'; documentId: string } | { kind: 'revision'; id: string; number: number; name: string | null };

interface Props {
  target: NamingTarget;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function NameRevisionDialog({ target, onClose, onDone }: Props) {
  const title = target.kind === 'current' ? 'Nommer l’état actuel' : `Nommer la révision ${target.number}`;
  return (
    <ModalDialog title={title} isOpen onOpenChange={(isOpen) => !isOpen && onClose()}>
      <NameForm target={target} onCancel={onClose} onDone={onDone} />
    </ModalDialog>
  );
}

function NameForm({ target, onCancel, onDone }: { target: NamingTarget; onCancel: () => void; onDone: (message: string) => void }) {
  const [creating, create] = useMutation(CreateNamedRevisionMutation);
  const [naming, rename] = useMutation(NameRevisionMutation);
  const [name, setName] = useState(target.kind === 'revision' ? (target.name ?? '') : '');
  const errors = useFormErrors(['name']);

  const submit = async () => {
    const trimmed = name.trim();
    if (!errors.check(trimmed ? {} : { name: 'Donnez un nom, par exemple « avant la rencontre du 3 juin ».' })) return;
    if (target.kind === 'current') {
      const result = await create({ documentId: target.documentId, name: trimmed });
      if (result.error || !result.data) return result.error && errors.show(result.error);
      onDone(`L’état actuel est gardé dans la révision ${result.data.createNamedRevision.number}, « ${trimmed} ».`);
    } else {
      const result = await rename({ id: target.id, name: trimmed });
      if (result.error) return errors.show(result.error);
      onDone(`La révision ${target.number} s’appelle maintenant « ${trimmed} ».`);
    }
  };

  return (
    <Form onSubmit={() => void submit()} fieldErrors={errors.fieldErrors} formError={errors.formError}>
      <TextField
        label="Nom de la révision"
        name="name"
        value={name}
        onChange={setName}
        errorMessage={errors.fieldErrors.name}
        isRequired
        autoFocus
        maxLength={REVISION_NAME_LENGTH.max}
        description={
          target.kind === 'current'
            ? 'Le texte tel qu’il est maintenant est gardé sous ce nom : vous pourrez le relire, le comparer ou y revenir.'
            : 'Un nom aide à retrouver ce moment dans l’historique.'
        }
      />
      <FormActions>
        <Button onPress={onCancel}>Annuler</Button>
        <Button type="submit" variant="primary" isPending={creating.fetching || naming.fetching}>
          {target.kind === 'current' ? 'Garder sous ce nom' : 'Enregistrer le nom'}
        </Button>
      </FormActions>
    </Form>
  );
}
