import { IMAGE_TEXT_MAX_LENGTH } from '@cocon/shared';
import { useId, useState } from 'react';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';
import { ModalDialog } from '../../../ui/Dialog';
import { Form, FormActions, useFormErrors } from '../../../ui/Form';
import { TextField } from '../../../ui/TextField';
import type { ImageRequest } from '../hooks/useImageInsertion';
import { ACCEPTED_IMAGE_TYPES } from '../lib/uploadImage';

interface ImageDialogProps {
  request: ImageRequest | null;
  onSend: (file: File, alt: string) => void;
  onCancel: () => void;
}

/**
 * Before an image goes into the document: the file (unless it was pasted or dropped) and what it shows, for people
 * who cannot see it. A decorative image may go without a description, on purpose.
 */
export function ImageDialog({ request, onSend, onCancel }: ImageDialogProps) {
  return (
    <ModalDialog title="Ajouter une image" isOpen={request !== null} onOpenChange={(open) => !open && onCancel()}>
      {request && <ImageForm request={request} onSend={onSend} onCancel={onCancel} />}
    </ModalDialog>
  );
}

function ImageForm({ request, onSend, onCancel }: { request: ImageRequest; onSend: ImageDialogProps['onSend']; onCancel: () => void }) {
  const [file, setFile] = useState<File | null>(request.file);
  const [alt, setAlt] = useState('');
  const [decorative, setDecorative] = useState(false);
  const errors = useFormErrors(['file', 'alt']);
  const fileId = useId();

  const submit = () => {
    const found: Record<string, string> = {};
    if (!file) found.file = 'Choisissez une image.';
    else if (!ACCEPTED_IMAGE_TYPES.includes(file.type)) found.file = 'Choisissez une image PNG, JPEG, GIF ou WebP.';
    if (!decorative && !alt.trim()) found.alt = 'Décrivez l’image en quelques mots, ou indiquez qu’elle est décorative.';
    else if (!decorative && alt.trim().length > IMAGE_TEXT_MAX_LENGTH)
      found.alt = `La description ne peut pas dépasser ${IMAGE_TEXT_MAX_LENGTH.toLocaleString('fr-FR')} caractères.`;
    if (errors.check(found) && file) onSend(file, decorative ? '' : alt.trim());
  };

  return (
    <Form onSubmit={submit} fieldErrors={errors.fieldErrors} formError={errors.formError} aria-label="Ajouter une image">
      {request.file ? (
        <p className="dialog-body">
          Image : <strong>{request.file.name}</strong>
        </p>
      ) : (
        <div className="field">
          <label className="field-label" htmlFor={fileId}>
            Image (PNG, JPEG, GIF ou WebP)
          </label>
          <input
            id={fileId}
            className="field-input field-file"
            type="file"
            accept={ACCEPTED_IMAGE_TYPES.join(',')}
            aria-invalid={errors.fieldErrors.file ? true : undefined}
            aria-describedby={errors.fieldErrors.file ? `${fileId}-error` : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          {errors.fieldErrors.file && (
            <p className="field-error" id={`${fileId}-error`}>
              {errors.fieldErrors.file}
            </p>
          )}
        </div>
      )}
      <TextField
        label="Description de l’image"
        description="Ce que montre l’image, pour les personnes qui ne la voient pas (lue par les lecteurs d’écran)."
        value={alt}
        onChange={setAlt}
        isDisabled={decorative}
        errorMessage={errors.fieldErrors.alt}
        autoFocus={request.file !== null}
      />
      <Checkbox isSelected={decorative} onChange={setDecorative}>
        Image décorative : elle n’apporte pas d’information
      </Checkbox>
      <FormActions>
        <Button variant="secondary" onPress={onCancel}>
          Annuler
        </Button>
        <Button variant="primary" type="submit">
          Ajouter l’image
        </Button>
      </FormActions>
    </Form>
  );
}
