import { useState } from 'react';
import { SLUG_PATTERN, VERSION_LABEL_LENGTH, VERSION_NOTE_LENGTH, VERSION_SLUG_LENGTH, VERSION_SLUG_RULE_MESSAGE } from '@cocon/shared/rules';
import { useMutation } from 'urql';
import { Button } from '../../../ui/Button';
import { ModalDialog } from '../../../ui/Dialog';
import { Form, FormActions, useFormErrors, type FieldErrors } from '../../../ui/Form';
import { Select, type SelectOption } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';
import { ProposeOfficialVersionMutation } from '../graphql/mutations';
import { todayCalendarDate } from '../lib/versionNames';

const CURRENT = 'etat-actuel';

interface Props {
  doc: { id: string; title: string };
  /** The document's official versions, to suggest the next number. */
  versions: { slug: string; status: string }[];
  /** Revisions that may be proposed instead of the current state. */
  revisions: { id: string; label: string }[];
  onClose: () => void;
  onDone: (message: string) => void;
}

/** "V3" after a V1 and a V2: the next number of the versions named vN, or one more than there are. */
function nextNumber(versions: { slug: string; status: string }[]): number {
  const numbers = versions.filter((v) => v.status !== 'WITHDRAWN').map((v) => Number(/^v(\d+)$/.exec(v.slug)?.[1] ?? 0));
  return Math.max(0, ...numbers) + 1;
}

export function ProposeVersionDialog({ doc, versions, revisions, onClose, onDone }: Props) {
  return (
    <ModalDialog title="Proposer une version officielle" isOpen onOpenChange={(isOpen) => !isOpen && onClose()}>
      <ProposeForm doc={doc} versions={versions} revisions={revisions} onCancel={onClose} onDone={onDone} />
    </ModalDialog>
  );
}

function ProposeForm({ doc, versions, revisions, onCancel, onDone }: Omit<Props, 'onClose'> & { onCancel: () => void }) {
  const [{ fetching }, propose] = useMutation(ProposeOfficialVersionMutation);
  const next = nextNumber(versions);
  const [label, setLabel] = useState(`${doc.title} V${next}`);
  const [slug, setSlug] = useState(`v${next}`);
  const [effectiveDate, setEffectiveDate] = useState(todayCalendarDate());
  const [note, setNote] = useState('');
  const [source, setSource] = useState(CURRENT);
  const errors = useFormErrors(['label', 'slug', 'effectiveDate', 'note', 'revisionId']);
  const sources: SelectOption[] = [{ id: CURRENT, label: 'Le document tel qu’il est maintenant' }, ...revisions];

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!label.trim()) found.label = 'Donnez un nom à la version, par exemple « Socle commun V3 ».';
    if (!SLUG_PATTERN.test(slug.trim())) found.slug = VERSION_SLUG_RULE_MESSAGE;
    if (!effectiveDate) found.effectiveDate = 'Indiquez la date d’entrée en vigueur.';
    return found;
  };

  const submit = async () => {
    if (!errors.check(check())) return;
    const result = await propose({
      input: {
        documentId: doc.id,
        revisionId: source === CURRENT ? null : source,
        label: label.trim(),
        slug: slug.trim(),
        effectiveDate,
        note: note.trim() || null,
      },
    });
    if (result.error) return errors.show(result.error);
    onDone(`« ${label.trim()} » est proposée. Elle attend la validation du GT ESC.`);
  };

  return (
    <Form onSubmit={() => void submit()} fieldErrors={errors.fieldErrors} formError={errors.formError}>
      <p className="dialog-intro">Le GT ESC devra la valider. Une fois validée, la version est figée pour toujours et publiée dans les archives.</p>
      <Select label="Texte proposé" name="revisionId" options={sources} value={source} onChange={setSource} errorMessage={errors.fieldErrors.revisionId} />
      <TextField
        label="Nom de la version"
        name="label"
        value={label}
        onChange={setLabel}
        errorMessage={errors.fieldErrors.label}
        isRequired
        maxLength={VERSION_LABEL_LENGTH.max}
        autoFocus
      />
      <TextField
        label="Forme courte"
        name="slug"
        value={slug}
        onChange={setSlug}
        errorMessage={errors.fieldErrors.slug}
        isRequired
        maxLength={VERSION_SLUG_LENGTH.max}
        description="Elle finit l’adresse publique de la version, par exemple « v3 » pour …/v3."
      />
      <TextField
        label="Date d’entrée en vigueur"
        name="effectiveDate"
        type="date"
        value={effectiveDate}
        onChange={setEffectiveDate}
        errorMessage={errors.fieldErrors.effectiveDate}
        isRequired
      />
      <TextField
        label="Note"
        name="note"
        value={note}
        onChange={setNote}
        errorMessage={errors.fieldErrors.note}
        multiline
        maxLength={VERSION_NOTE_LENGTH.max}
        description="Facultatif : d’où viennent les changements, ce que la version apporte."
      />
      <FormActions>
        <Button onPress={onCancel}>Annuler</Button>
        <Button type="submit" variant="primary" isPending={fetching}>
          Envoyer la proposition
        </Button>
      </FormActions>
    </Form>
  );
}
