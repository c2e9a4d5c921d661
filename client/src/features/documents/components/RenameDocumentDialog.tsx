import { useState } from 'react';
import { DOCUMENT_TITLE_LENGTH } from '@cocon/shared/rules';
import { useMutation } from 'urql';
import { Button } from '../../../ui/Button';
import { ModalDialog } from '../../../ui/Dialog';
import { Form, FormActions, useFormErrors } from '../../../ui/Form';
import { TextField } from '../../../ui/TextField';
import { RenameDocumentMutation } from '../graphql/mutations';
import type { ActedDocument } from './documentActions';
import { quoted } from '../../../ui/quoted';

interface Props {
  doc: ActedDocument;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

export function RenameDocumentDialog({ doc, isOpen, onOpenChange }: Props) {
  return (
    <ModalDialog title={`Renommer ${quoted(doc.title)}`} isOpen={isOpen} onOpenChange={onOpenChange}>
      <RenameForm doc={doc} onDone={() => onOpenChange(false)} />
    </ModalDialog>
  );
}

function RenameForm({ doc, onDone }: { doc: ActedDocument; onDone: () => void }) {
  const [{ fetching }, rename] = useMutation(RenameDocumentMutation);
  const [title, setTitle] = useState(doc.title);
  const errors = useFormErrors(['title']);

  const submit = async () => {
    if (!errors.check(title.trim() ? {} : { title: 'Le titre ne peut pas être vide.' })) return;
    if (title.trim() === doc.title) return onDone();
    const result = await rename({ id: doc.id, title: title.trim() });
    if (result.error) return errors.show(result.error);
    onDone();
  };

  return (
    <Form onSubmit={() => void submit()} fieldErrors={errors.fieldErrors} formError={errors.formError}>
      <TextField
        label="Nouveau titre"
        name="title"
        errorMessage={errors.fieldErrors.title}
        value={title}
        onChange={setTitle}
        isRequired
        maxLength={DOCUMENT_TITLE_LENGTH.max}
        autoFocus
        description="L’adresse du document suit le nouveau titre ; les anciens liens continuent de fonctionner."
      />
      <FormActions>
        <Button onPress={onDone}>Annuler</Button>
        <Button type="submit" variant="primary" isPending={fetching}>
          Renommer
        </Button>
      </FormActions>
    </Form>
  );
}
