import { useState } from 'react';
import { roleCan } from '@cocon/shared/permissions';
import { ROLE_LABELS, ROLES, type SpaceVisibility } from '@cocon/shared/roles';
import { isSlug, lengthProblem, SLUG_MAX_LENGTH, SLUG_RULE_MESSAGE, slugify, SPACE_DESCRIPTION_LENGTH, SPACE_NAME_LENGTH } from '@cocon/shared/rules';
import { useMutation } from 'urql';
import type { AdminSpacesQuery, Role } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Checkbox, CheckboxGroup } from '../../../ui/Checkbox';
import { ModalDialog } from '../../../ui/Dialog';
import { Form, FormActions, useFormErrors } from '../../../ui/Form';
import { TextField } from '../../../ui/TextField';
import { CreateSpaceMutation, UpdateSpaceMutation } from '../graphql/spaces';
import { structureOptions } from './labels';
import { VisibilityRadioGroup } from './VisibilityRadioGroup';

type Space = AdminSpacesQuery['spaces'][number];
type StructureChoice = AdminSpacesQuery['structures'][number];

// Roles that read every space, or comment everywhere, are not offered: a box would suggest they could be kept out.
const READER_CHOICES = ROLES.filter((role) => !roleCan(role, 'space.readAll'));
const COMMENTER_CHOICES = ROLES.filter((role) => !roleCan(role, 'comment.createAnywhere'));
const FIELDS = ['name', 'slug', 'description', 'visibility', 'allowedRoles', 'allowedStructureIds', 'commentRoles'];
const SLUG_RULE = 'Lettres minuscules sans accent, chiffres et tirets.';

interface Props {
  space: Space | null;
  structures: StructureChoice[];
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** Called with the sentence that confirms the change, once the server accepted it. */
  onSaved: (message: string) => void;
}

export function SpaceFormDialog({ space, structures, isOpen, onOpenChange, onSaved }: Props) {
  return (
    <ModalDialog title={space ? `Modifier « ${space.name} »` : 'Nouvel espace'} isOpen={isOpen} onOpenChange={onOpenChange}>
      <SpaceForm space={space} structures={structures} onCancel={() => onOpenChange(false)} onSaved={onSaved} />
    </ModalDialog>
  );
}

interface FormProps {
  space: Space | null;
  structures: StructureChoice[];
  onCancel: () => void;
  onSaved: (message: string) => void;
}

function SpaceForm({ space, structures, onCancel, onSaved }: FormProps) {
  const [created, create] = useMutation(CreateSpaceMutation);
  const [updated, update] = useMutation(UpdateSpaceMutation);
  const [name, setName] = useState(space?.name ?? '');
  const [slug, setSlug] = useState(space?.slug ?? '');
  const [description, setDescription] = useState(space?.description ?? '');
  const [visibility, setVisibility] = useState<SpaceVisibility>(space?.visibility ?? 'MEMBERS');
  const [roles, setRoles] = useState<string[]>(space?.allowedRoles.filter((role) => !roleCan(role, 'space.readAll')) ?? []);
  const [structureIds, setStructureIds] = useState<string[]>(space?.allowedStructures.map((structure) => structure.id) ?? []);
  const [commentRoles, setCommentRoles] = useState<string[]>(space?.commentRoles.filter((role) => !roleCan(role, 'comment.createAnywhere')) ?? []);
  const errors = useFormErrors(FIELDS);
  const restricted = visibility === 'RESTRICTED';
  // The address the server derives from the name when none is given: only a preview, the server has the last word.
  const preview = name.trim() ? slugify(name) : '';

  const submit = async () => {
    const problems: Record<string, string> = {};
    const nameProblem = lengthProblem('Le nom', SPACE_NAME_LENGTH, name.trim());
    if (nameProblem) problems.name = nameProblem;
    if (space && !slug.trim()) problems.slug = 'Indiquez l’adresse de l’espace.';
    else if (slug.trim() && !isSlug(slug.trim())) problems.slug = SLUG_RULE_MESSAGE;
    if (!errors.check(problems)) return;
    const input = {
      name: name.trim(),
      // Left empty at creation, the address is taken from the name by the server.
      slug: slug.trim() || undefined,
      description: description.trim(),
      visibility,
      // Choices only count for a restricted space: none are kept for the others, so nothing reappears by surprise.
      allowedRoles: restricted ? (roles as Role[]) : [],
      allowedStructureIds: restricted ? structureIds : [],
      commentRoles: commentRoles as Role[],
    };
    const result = space ? await update({ input: { id: space.id, ...input } }) : await create({ input });
    if (result.error) return errors.show(result.error);
    onSaved(space ? `L’espace « ${input.name} » est modifié.` : `L’espace « ${input.name} » est créé.`);
  };

  const slugDescription = space
    ? `${SLUG_RULE} L’ancienne adresse continuera de mener à l’espace.`
    : `${SLUG_RULE} Laissée vide, elle est tirée du nom${preview ? ` : /espaces/${preview}` : ''}.`;

  return (
    <Form onSubmit={() => void submit()} fieldErrors={errors.fieldErrors} formError={errors.formError}>
      <TextField
        label="Nom"
        name="name"
        errorMessage={errors.fieldErrors.name}
        value={name}
        onChange={setName}
        isRequired
        maxLength={SPACE_NAME_LENGTH.max}
        autoFocus
      />
      <TextField
        label="Adresse"
        name="slug"
        errorMessage={errors.fieldErrors.slug}
        value={slug}
        onChange={setSlug}
        isRequired={!!space}
        maxLength={SLUG_MAX_LENGTH}
        description={slugDescription}
      />
      <TextField
        label="Description"
        name="description"
        errorMessage={errors.fieldErrors.description}
        value={description}
        onChange={setDescription}
        multiline
        maxLength={SPACE_DESCRIPTION_LENGTH.max}
        description="Une ou deux phrases sur ce que l’on trouve dans l’espace. Elle s’affiche sur l’accueil."
      />
      <VisibilityRadioGroup value={visibility} onChange={setVisibility} errorMessage={errors.fieldErrors.visibility} />
      {restricted && (
        <>
          <p className="muted">Une personne connectée peut lire l’espace si son rôle ou sa structure est coché. Les administrateurs lisent tous les espaces.</p>
          <CheckboxGroup label="Rôles qui peuvent le lire" name="allowedRoles" errorMessage={errors.fieldErrors.allowedRoles} value={roles} onChange={setRoles}>
            {READER_CHOICES.map((role) => (
              <Checkbox key={role} value={role}>
                {ROLE_LABELS[role]}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <CheckboxGroup
            label="Structures qui peuvent le lire"
            name="allowedStructureIds"
            errorMessage={errors.fieldErrors.allowedStructureIds}
            value={structureIds}
            onChange={setStructureIds}
          >
            {structureOptions(structures).map((option) => (
              <Checkbox key={option.id} value={option.id}>
                {option.label}
              </Checkbox>
            ))}
          </CheckboxGroup>
          {roles.length === 0 && structureIds.length === 0 && (
            <Alert tone="warning">Rien n’est coché : seuls les administrateurs pourront lire cet espace.</Alert>
          )}
        </>
      )}
      <CheckboxGroup
        label="Qui peut commenter"
        name="commentRoles"
        description="Rien de coché : toute personne qui peut lire l’espace peut commenter. Les administrateurs commentent toujours."
        errorMessage={errors.fieldErrors.commentRoles}
        value={commentRoles}
        onChange={setCommentRoles}
      >
        {COMMENTER_CHOICES.map((role) => (
          <Checkbox key={role} value={role}>
            {ROLE_LABELS[role]}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <FormActions>
        <Button onPress={onCancel}>Annuler</Button>
        <Button type="submit" variant="primary" isPending={created.fetching || updated.fetching}>
          {space ? 'Enregistrer' : 'Créer l’espace'}
        </Button>
      </FormActions>
    </Form>
  );
}
