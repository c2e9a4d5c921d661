import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useMutation } from 'urql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Form, FormActions, useFormErrors } from '../../../ui/Form';
import { PageHeading } from '../../../ui/PageHeading';
import { TextField } from '../../../ui/TextField';
import { RequestPasswordResetMutation } from '../graphql/links';

export function ForgotPasswordPage() {
  const [{ fetching }, request] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const errors = useFormErrors(['email']);

  const submit = async () => {
    if (!errors.check(email.trim() ? {} : { email: 'Indiquez l’adresse e-mail de votre compte.' })) return;
    const result = await request({ email: email.trim() });
    if (result.error) return errors.show(result.error);
    setSentTo(email.trim());
  };

  return (
    <div className="page page--narrow">
      <PageHeading>Mot de passe oublié</PageHeading>
      {sentTo ? (
        <>
          <Alert tone="success" title="Demande envoyée">
            <p>
              Si un compte Cocon existe pour l’adresse {sentTo}, un e-mail vient de partir avec un lien pour choisir un nouveau mot de passe. Pensez à regarder
              dans les courriers indésirables.
            </p>
          </Alert>
          <p>Sans nouvelles d’ici quelques minutes, demandez un lien à un administrateur de Cocon.</p>
          <p>
            <Link href="/connexion" className="text-link">
              Revenir à la connexion
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>Indiquez l’adresse e-mail de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe.</p>
          <Form onSubmit={() => void submit()} fieldErrors={errors.fieldErrors} formError={errors.formError} aria-label="Demande de nouveau mot de passe">
            <TextField
              label="Adresse e-mail"
              name="email"
              errorMessage={errors.fieldErrors.email}
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              isRequired
            />
            <FormActions>
              <Button type="submit" variant="primary" isPending={fetching}>
                Recevoir un lien
              </Button>
              <Link href="/connexion" className="text-link">
                Revenir à la connexion
              </Link>
            </FormActions>
          </Form>
        </>
      )}
    </div>
  );
}
