import { isSafeLinkUrl } from '@cocon/shared';
import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { Button } from '../../../ui/Button';
import { ModalDialog } from '../../../ui/Dialog';
import { Form, FormActions, useFormErrors } from '../../../ui/Form';
import { TextField } from '../../../ui/TextField';

/** "exemple.fr/page" means the web page: people rarely type the https:// part. */
function completeAddress(value: string): string {
  const trimmed = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return `mailto:${trimmed}`;
  return `https://${trimmed}`;
}

/** Adds, changes or removes the link on the selected text; without a selection, the link's text is asked too. */
export function LinkDialog({ editor, isOpen, onClose }: { editor: Editor; isOpen: boolean; onClose: () => void }) {
  return (
    <ModalDialog title={editor.isActive('link') ? 'Modifier le lien' : 'Ajouter un lien'} isOpen={isOpen} onOpenChange={(open) => !open && onClose()}>
      {isOpen && <LinkForm editor={editor} onClose={onClose} />}
    </ModalDialog>
  );
}

function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const current = editor.getAttributes('link').href as string | undefined;
  const needsText = editor.state.selection.empty && !current;
  const [address, setAddress] = useState(current ?? '');
  const [text, setText] = useState('');
  const errors = useFormErrors(['address', 'text']);

  const submit = () => {
    const href = completeAddress(address);
    const found: Record<string, string> = {};
    if (!address.trim()) found.address = 'Indiquez l’adresse du lien.';
    else if (!isSafeLinkUrl(href)) found.address = 'Cette adresse n’est pas valable : une page web (https://…) ou une adresse e-mail.';
    if (needsText && !text.trim()) found.text = 'Indiquez le texte du lien.';
    if (!errors.check(found)) return;
    const chain = editor.chain().focus();
    if (needsText) chain.insertContent({ type: 'text', text: text.trim(), marks: [{ type: 'link', attrs: { href } }] }).run();
    else chain.extendMarkRange('link').setLink({ href }).run();
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <Form onSubmit={submit} fieldErrors={errors.fieldErrors} formError={errors.formError} aria-label="Lien">
      <TextField
        label="Adresse"
        description="Une page web (https://…) ou une adresse e-mail."
        value={address}
        onChange={setAddress}
        type="text"
        inputMode="url"
        autoFocus
        errorMessage={errors.fieldErrors.address}
      />
      {needsText && <TextField label="Texte du lien" value={text} onChange={setText} errorMessage={errors.fieldErrors.text} />}
      <FormActions>
        {current && (
          <Button variant="danger" onPress={remove}>
            Retirer le lien
          </Button>
        )}
        <Button variant="secondary" onPress={onClose}>
          Annuler
        </Button>
        <Button variant="primary" type="submit">
          {current ? 'Modifier le lien' : 'Ajouter le lien'}
        </Button>
      </FormActions>
    </Form>
  );
}
