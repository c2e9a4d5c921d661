import { useState } from 'react';
import { EMAIL_LENGTH, PERSON_NAME_LENGTH } from '@cocon/shared/rules';
import { useMutation } from 'urql';
import type { InvitationsQuery, Role } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { Form, FormActions, useFormErrors } from '../../../ui/Form';
import { Select } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';
import { InviteUserMutation } from '../graphql/invitations';
import { roleOptions, structureOptions } from './labels';
import { LinkResult } from './LinkResult';

interface Sent {
  email: string;
  link: string | null;
  emailed: boolean;
}

export function InviteForm({ structures }: { structures: InvitationsQuery['structures'] }) {
  const [{ fetching }, invite] = useMutation(InviteUserMutation);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<string>('MEMBRE');
  const [structureId, setStructureId] = useState<string | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const errors = useFormErrors(['email', 'name', 'role', 'structureId']);

  const submit = async () => {
    const problems: Record<string, string> = {};
    if (!email.trim()) problems.email = 'Indiquez l’adresse e-mail de la personne.';
    if (!name.trim()) problems.name = 'Indiquez le nom de la personne.';
    if (!structureId) problems.structureId = 'Choisissez la structure de la personne.';
    if (!errors.check(problems) || !structureId) return;
    setSent(null);
    const result = await invite({ input: { email: email.trim(), name: name.trim(), role: role as Role, structureId } });
    if (result.error || !result.data) return result.error && errors.show(result.error);
    setSent({ email: email.trim(), link: result.data.inviteUser.link ?? null, emailed: result.data.inviteUser.emailed });
    setEmail('');
    setName('');
  };

  return (
    <section aria-labelledby="invite-title" className="section">
      <h2 id="invite-title">Inviter une personne</h2>
      <Form onSubmit={() => void submit()} fieldErrors={errors.fieldErrors} formError={errors.formError} aria-labelledby="invite-title" className="form--grid">
        <TextField
          label="Adresse e-mail"
          name="email"
          errorMessage={errors.fieldErrors.email}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          isRequired
          maxLength={EMAIL_LENGTH.max}
        />
        <TextField
          label="Nom"
          name="name"
          errorMessage={errors.fieldErrors.name}
          autoComplete="off"
          value={name}
          onChange={setName}
          isRequired
          maxLength={PERSON_NAME_LENGTH.max}
        />
        <Select label="Rôle" name="role" errorMessage={errors.fieldErrors.role} options={roleOptions} value={role} onChange={setRole} isRequired />
        <Select
          label="Structure"
          name="structureId"
          errorMessage={errors.fieldErrors.structureId}
          options={structureOptions(structures)}
          value={structureId}
          onChange={setStructureId}
          isRequired
        />
        <FormActions>
          <Button type="submit" variant="primary" isPending={fetching}>
            Envoyer l’invitation
          </Button>
        </FormActions>
      </Form>
      {sent && <LinkResult link={sent.link} emailed={sent.emailed} email={sent.email} purpose="activer son compte" />}
    </section>
  );
}
