import { useState } from 'react';
import { lengthProblem, PERSON_NAME_LENGTH } from '@cocon/shared/rules';
import { useMutation } from 'urql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Form, FormActions, useFormErrors } from '../../../ui/Form';
import { TextField } from '../../../ui/TextField';
import { UpdateProfileMutation } from '../graphql/profile';

export function ProfileNameForm({ currentName }: { currentName: string }) {
  const [{ fetching }, update] = useMutation(UpdateProfileMutation);
  const [name, setName] = useState(currentName);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors(['name']);

  const submit = async () => {
    setSaved(false);
    const problem = name.trim() ? lengthProblem('Le nom', PERSON_NAME_LENGTH, name.trim()) : 'Indiquez votre nom.';
    if (!errors.check(problem ? { name: problem } : {})) return;
    const result = await update({ input: { name: name.trim() } });
    if (result.error) return errors.show(result.error);
    setSaved(true);
  };

  return (
    <section aria-labelledby="profile-name-title" className="section">
      <h2 id="profile-name-title">Votre nom</h2>
      <p>Il accompagne ce que vous écrivez dans Cocon, avec le nom de votre structure.</p>
      <Form onSubmit={() => void submit()} fieldErrors={errors.fieldErrors} formError={errors.formError} aria-labelledby="profile-name-title">
        <TextField
          label="Nom affiché"
          name="name"
          errorMessage={errors.fieldErrors.name}
          autoComplete="name"
          value={name}
          onChange={setName}
          isRequired
          maxLength={PERSON_NAME_LENGTH.max}
        />
        <FormActions>
          <Button type="submit" variant="primary" isPending={fetching}>
            Enregistrer le nom
          </Button>
        </FormActions>
        {saved && <Alert tone="success">Votre nom est enregistré.</Alert>}
      </Form>
    </section>
  );
}
