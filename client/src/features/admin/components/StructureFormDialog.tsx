import { useState } from 'react';
import { STRUCTURE_NAME_LENGTH, STRUCTURE_SHORT_NAME_LENGTH } from '@cocon/shared/rules';
import { ColorSwatch, ColorSwatchPicker, ColorSwatchPickerItem, Label } from 'react-aria-components';
import { useMutation } from 'urql';
import type { StructureKind, StructuresQuery } from '../../../gql/graphql';
import { isHexColor } from '../../../lib/colors';
import { Button } from '../../../ui/Button';
import { CheckboxGroup, Checkbox } from '../../../ui/Checkbox';
import { ModalDialog } from '../../../ui/Dialog';
import { Form, FormActions, useFormErrors } from '../../../ui/Form';
import { Select } from '../../../ui/Select';
import { StructureBadge } from '../../../ui/StructureBadge';
import { TextField } from '../../../ui/TextField';
import { CreateStructureMutation, UpdateStructureMutation } from '../graphql/structures';
import { kindOptions } from './labels';

type Structure = StructuresQuery['structures'][number];
type Site = StructuresQuery['escSites'][number];

// Colours told apart by most people, colour-blind people included (Okabe–Ito, plus a few darker ones).
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#6A3D9A', '#8C510A', '#1B7837', '#B2182B', '#4D4D4D'];

interface Props {
  structure: Structure | null;
  sites: Site[];
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

export function StructureFormDialog({ structure, sites, isOpen, onOpenChange }: Props) {
  return (
    <ModalDialog title={structure ? `Modifier « ${structure.name} »` : 'Nouvelle structure'} isOpen={isOpen} onOpenChange={onOpenChange}>
      <StructureForm structure={structure} sites={sites} onDone={() => onOpenChange(false)} />
    </ModalDialog>
  );
}

function StructureForm({ structure, sites, onDone }: { structure: Structure | null; sites: Site[]; onDone: () => void }) {
  const [created, create] = useMutation(CreateStructureMutation);
  const [updated, update] = useMutation(UpdateStructureMutation);
  const [name, setName] = useState(structure?.name ?? '');
  const [shortName, setShortName] = useState(structure?.shortName ?? '');
  const [kind, setKind] = useState<string>(structure?.kind ?? 'ASSOCIATION');
  const [color, setColor] = useState(structure?.color ?? PALETTE[0]);
  const [siteIds, setSiteIds] = useState<string[]>(structure?.sites.map((site) => site.id) ?? []);
  const errors = useFormErrors(['name', 'shortName', 'kind', 'color', 'siteIds']);

  const submit = async () => {
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = 'Indiquez le nom de la structure.';
    if (!shortName.trim()) problems.shortName = 'Indiquez un nom court, affiché dans les badges.';
    if (!isHexColor(color)) problems.color = 'La couleur doit s’écrire #RRGGBB, par exemple #0072B2.';
    if (!errors.check(problems)) return;
    const input = { name: name.trim(), shortName: shortName.trim(), kind: kind as StructureKind, color, siteIds };
    const result = structure ? await update({ input: { id: structure.id, ...input } }) : await create({ input });
    if (result.error) return errors.show(result.error);
    onDone();
  };

  return (
    <Form onSubmit={() => void submit()} fieldErrors={errors.fieldErrors} formError={errors.formError}>
      <TextField
        label="Nom"
        name="name"
        errorMessage={errors.fieldErrors.name}
        value={name}
        onChange={setName}
        isRequired
        maxLength={STRUCTURE_NAME_LENGTH.max}
        autoFocus
      />
      <TextField
        label="Nom court"
        name="shortName"
        errorMessage={errors.fieldErrors.shortName}
        value={shortName}
        onChange={setShortName}
        isRequired
        maxLength={STRUCTURE_SHORT_NAME_LENGTH.max}
        description={`${STRUCTURE_SHORT_NAME_LENGTH.max} caractères au plus. Il s’affiche dans les badges, par exemple « CAF ».`}
      />
      <Select label="Nature" name="kind" errorMessage={errors.fieldErrors.kind} options={kindOptions} value={kind} onChange={setKind} isRequired />
      <div className="color-choice">
        <p className="swatches-label" id="structure-swatches">
          Couleurs conseillées, faciles à distinguer
        </p>
        <ColorSwatchPicker
          className="swatches"
          aria-labelledby="structure-swatches"
          value={isHexColor(color) ? color : undefined}
          onChange={(picked) => setColor(picked.toString('hex').toUpperCase())}
        >
          {PALETTE.map((swatch) => (
            <ColorSwatchPickerItem key={swatch} color={swatch} className="swatch-item">
              <ColorSwatch className="swatch" />
            </ColorSwatchPickerItem>
          ))}
        </ColorSwatchPicker>
        <TextField
          label="Couleur"
          name="color"
          errorMessage={errors.fieldErrors.color}
          value={color}
          onChange={setColor}
          isRequired
          description="Choisissez une couleur ci-dessus ou écrivez son code #RRGGBB."
        />
        <p className="color-preview">
          <Label>Aperçu du badge :</Label>{' '}
          <StructureBadge
            structure={{ name: name || 'Nom de la structure', shortName: shortName || 'Nom court', color: isHexColor(color) ? color : '#FFFFFF' }}
          />
        </p>
      </div>
      {sites.length > 0 && (
        <CheckboxGroup label="ESC où la structure intervient" name="siteIds" errorMessage={errors.fieldErrors.siteIds} value={siteIds} onChange={setSiteIds}>
          {sites.map((site) => (
            <Checkbox key={site.id} value={site.id}>
              {site.name} <span className="muted">({site.neighbourhood})</span>
            </Checkbox>
          ))}
        </CheckboxGroup>
      )}
      <FormActions>
        <Button onPress={onDone}>Annuler</Button>
        <Button type="submit" variant="primary" isPending={created.fetching || updated.fetching}>
          {structure ? 'Enregistrer' : 'Créer la structure'}
        </Button>
      </FormActions>
    </Form>
  );
}
