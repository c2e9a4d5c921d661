import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useResetSession } from '../../../app/GraphqlProvider';
import { Button, LinkButton } from '../../../ui/Button';
import { Form, FormActions, useFormErrors } from '../../../ui/Form';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { TextField } from '../../../ui/TextField';
import { LoginMutation } from '../graphql/session';
import { useMe } from '../hooks/useMe';
import { safeReturnPath } from './returnPath';

export function LoginPage() {
  const [params] = useSearchParams();
  const back = safeReturnPath(params.get('retour'));
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const { me, loading } = useMe();
  const [{ fetching }, login] = useMutation(LoginMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = useFormErrors(['email', 'password']);

  const submit = async () => {
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = 'Indiquez votre adresse e-mail.';
    if (!password) missing.password = 'Indiquez votre mot de passe.';
    if (!errors.check(missing)) return;
    const result = await login({ email: email.trim(), password });
    if (result.error) return errors.show(result.error);
    resetSession();
    navigate(back, { replace: true, state: { notice: `Vous êtes connecté·e en tant que ${result.data?.login.name ?? ''}.` } });
  };

  if (loading) return <Loading />;
  if (me) {
    return (
      <div className="page page--narrow">
        <PageHeading>Vous êtes déjà connecté·e</PageHeading>
        <p>Vous utilisez Cocon en tant que {me.name}.</p>
        <LinkButton href={back} variant="primary">
          Continuer
        </LinkButton>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <PageHeading>Se connecter</PageHeading>
      <p>Connectez-vous avec l’adresse e-mail et le mot de passe de votre compte Cocon.</p>
      <Form onSubmit={() => void submit()} fieldErrors={errors.fieldErrors} formError={errors.formError} aria-label="Connexion">
        <TextField
          label="Adresse e-mail"
          name="email"
          errorMessage={errors.fieldErrors.email}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          isRequired
        />
        <TextField
          label="Mot de passe"
          name="password"
          errorMessage={errors.fieldErrors.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          isRequired
        />
        <FormActions>
          <Button type="submit" variant="primary" isPending={fetching}>
            Se connecter
          </Button>
          <Link href="/mot-de-passe-oublie" className="text-link">
            Mot de passe oublié ?
          </Link>
        </FormActions>
      </Form>
    </div>
  );
}
