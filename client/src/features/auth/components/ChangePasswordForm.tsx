import { useState } from 'react';
import { useMutation } from 'urql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Form, FormActions, useFormErrors } from '../../../ui/Form';
import { TextField } from '../../../ui/TextField';
import { ChangePasswordMutation } from '../graphql/profile';
import { checkNewPassword, PASSWORD_HINT } from './passwordRules';

export function ChangePasswordForm() {
  const [{ fetching }, change] = useMutation(ChangePasswordMutation);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors(['currentPassword', 'newPassword', 'confirmation']);

  const submit = async () => {
    setSaved(false);
    const problems = currentPassword ? checkNewPassword(newPassword, confirmation, 'newPassword') : { currentPassword: 'Indiquez votre mot de passe actuel.' };
    if (!errors.check(problems)) return;
    const result = await change({ input: { currentPassword, newPassword } });
    if (result.error) return errors.show(result.error);
    setCurrentPassword('');
    setNewPassword('');
    setConfirmation('');
    setSaved(true);
  };

  return (
    <section aria-labelledby="profile-password-title" className="section">
      <h2 id="profile-password-title">Changer de mot de passe</h2>
      <Form onSubmit={() => void submit()} fieldErrors={errors.fieldErrors} formError={errors.formError} aria-labelledby="profile-password-title">
        <TextField
          label="Mot de passe actuel"
          name="currentPassword"
          errorMessage={errors.fieldErrors.currentPassword}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          isRequired
        />
        <TextField
          label="Nouveau mot de passe"
          name="newPassword"
          errorMessage={errors.fieldErrors.newPassword}
          type="password"
          autoComplete="new-password"
          description={PASSWORD_HINT}
          value={newPassword}
          onChange={setNewPassword}
          isRequired
        />
        <TextField
          label="Confirmez le nouveau mot de passe"
          name="confirmation"
          errorMessage={errors.fieldErrors.confirmation}
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onChange={setConfirmation}
          isRequired
        />
        <FormActions>
          <Button type="submit" variant="primary" isPending={fetching}>
            Changer le mot de passe
          </Button>
        </FormActions>
        {saved && <Alert tone="success">Votre mot de passe est changé. Vos autres sessions ont été fermées.</Alert>}
      </Form>
    </section>
  );
}
