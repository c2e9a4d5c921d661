import { useState } from 'react';
import { DOCUMENT_TITLE_LENGTH } from '@cocon/shared/rules';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Button } from '../../../ui/Button';
import { ModalDialog } from '../../../ui/Dialog';
import { Form, FormActions, useFormErrors } from '../../../ui/Form';
import { TextField } from '../../../ui/TextField';
import { documentPath } from '../../spaces/lib/tree';
import { CreateDocumentMutation } from '../graphql/mutations';
import type { ActedDocument } from './documentActions';
import { quoted } from '../../../ui/quoted';

interface Props {
  spaceId: string;
  parent: ActedDocument | null;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

export function CreateDocumentDialog({ spaceId, parent, isOpen, onOpenChange }: Props) {
  const title = parent ? `Nouveau sous-document de ${quoted(parent.title)}` : 'Nouveau document';
  return (
    <ModalDialog title={title} isOpen={isOpen} onOpenChange={onOpenChange}>
      <CreateDocumentForm spaceId={spaceId} parent={parent} onCancel={() => onOpenChange(false)} />
    </ModalDialog>
  );
}

function CreateDocumentForm({ spaceId, parent, onCancel }: { spaceId: string; parent: ActedDocument | null; onCancel: () => void }) {
  const navigate = useNavigate();
  const [{ fetching }, create] = useMutation(CreateDocumentMutation);
  const [title, setTitle] = useState('');
  const errors = useFormErrors(['title']);

  const submit = async () => {
    if (!errors.check(title.trim() ? {} : { title: 'Donnez un titre au document.' })) return;
    const result = await create({ input: { spaceId, parentId: parent?.id ?? null, title: title.trim() } });
    if (result.error || !result.data) return result.error && errors.show(result.error);
    const created = result.data.createDocument;
    navigate(documentPath(created), { state: { notice: `Le document ${quoted(created.title)} est créé.` } });
  };

  return (
    <Form onSubmit={() => void submit()} fieldErrors={errors.fieldErrors} formError={errors.formError}>
      <TextField
        label="Titre"
        name="title"
        errorMessage={errors.fieldErrors.title}
        value={title}
        onChange={setTitle}
        isRequired
        maxLength={DOCUMENT_TITLE_LENGTH.max}
        autoFocus
      />
      <FormActions>
        <Button onPress={onCancel}>Annuler</Button>
        <Button type="submit" variant="primary" isPending={fetching}>
          Créer le document
        </Button>
      </FormActions>
    </Form>
  );
}
