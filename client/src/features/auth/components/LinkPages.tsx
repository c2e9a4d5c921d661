import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResetSession } from '../../../app/GraphqlProvider';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { Button, LinkButton } from '../../../ui/Button';
import { Form, FormActions, useFormErrors } from '../../../ui/Form';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { TextField } from '../../../ui/TextField';
import { AcceptInvitationMutation, ResetPasswordMutation, TokenInfoQuery } from '../graphql/links';
import { checkNewPassword, PASSWORD_HINT } from './passwordRules';

type LinkKind = 'INVITATION' | 'PASSWORD_RESET';

const TEXT: Record<LinkKind, { title: string; intro: (name: string, email: string) => string; submit: string; done: (name: string) => string }> = {
  INVITATION: {
    title: 'Bienvenue sur Cocon',
    intro: (name, email) =>
      `${name}, vous avez été invité·e à rejoindre Cocon avec l’adresse ${email}. Choisissez votre mot de passe pour activer votre compte.`,
    submit: 'Enregistrer mon mot de passe',
    done: (name) => `Bienvenue ${name} ! Votre compte est activé.`,
  },
  PASSWORD_RESET: {
    title: 'Choisir un nouveau mot de passe',
    intro: (name, email) => `${name}, choisissez un nouveau mot de passe pour le compte ${email}.`,
    submit: 'Enregistrer le mot de passe',
    done: () => 'Votre nouveau mot de passe est enregistré. Vos autres sessions ont été fermées.',
  },
};

/** A page opened from a link received by e-mail (or handed by an administrator): check the link, then set a password. */
function SetPasswordPage({ kind }: { kind: LinkKind }) {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const [{ data, fetching, error }] = useQuery({ query: TokenInfoQuery, variables: { token } });
  const [accepting, accept] = useMutation(AcceptInvitationMutation);
  const [resetting, reset] = useMutation(ResetPasswordMutation);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const errors = useFormErrors(['password', 'confirmation']);
  const text = TEXT[kind];

  if (fetching && !data) return <Loading label="Vérification du lien…" />;
  const info = data?.tokenInfo;
  if (error || !info || info.kind !== kind) {
    return (
      <div className="page page--narrow">
        <PageHeading>Ce lien ne fonctionne pas</PageHeading>
        <Alert tone="error">
          <p>{error ? toShownError(error).message : 'Ce lien n’est pas valide.'}</p>
        </Alert>
        <p>{kind === 'INVITATION' ? 'Demandez une nouvelle invitation à l’administrateur qui vous a invité·e.' : 'Vous pouvez demander un nouveau lien.'}</p>
        <FormActions>
          {kind === 'PASSWORD_RESET' && (
            <LinkButton href="/mot-de-passe-oublie" variant="primary">
              Demander un nouveau lien
            </LinkButton>
          )}
          <LinkButton href="/">Revenir à l’accueil</LinkButton>
        </FormActions>
      </div>
    );
  }

  const submit = async () => {
    if (!errors.check(checkNewPassword(password, confirmation))) return;
    const result = kind === 'INVITATION' ? await accept({ token, password }) : await reset({ token, password });
    if (result.error) return errors.show(result.error);
    resetSession();
    navigate('/', { replace: true, state: { notice: text.done(info.name) } });
  };

  return (
    <div className="page page--narrow">
      <PageHeading>{text.title}</PageHeading>
      <p>{text.intro(info.name, info.email)}</p>
      <Form onSubmit={() => void submit()} fieldErrors={errors.fieldErrors} formError={errors.formError} aria-label={text.title}>
        {/* Lets password managers file the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={info.email} readOnly hidden />
        <TextField
          label="Mot de passe"
          name="password"
          errorMessage={errors.fieldErrors.password}
          type="password"
          autoComplete="new-password"
          description={PASSWORD_HINT}
          value={password}
          onChange={setPassword}
          isRequired
        />
        <TextField
          label="Confirmez le mot de passe"
          name="confirmation"
          errorMessage={errors.fieldErrors.confirmation}
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onChange={setConfirmation}
          isRequired
        />
        <FormActions>
          <Button type="submit" variant="primary" isPending={accepting.fetching || resetting.fetching}>
            {text.submit}
          </Button>
        </FormActions>
      </Form>
    </div>
  );
}

export const InvitationPage = () => <SetPasswordPage kind="INVITATION" />;
export const ResetPasswordPage = () => <SetPasswordPage kind="PASSWORD_RESET" />;
