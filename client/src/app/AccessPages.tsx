import { useLocation } from 'react-router';
import { LinkButton } from '../ui/Button';
import { PageHeading } from '../ui/PageHeading';

/** For an anonymous visitor on a page that needs an account: say so and offer to log in, then come back. */
export function LoginInvite({ title = 'Connectez-vous pour continuer', reason }: { title?: string; reason?: string }) {
  const location = useLocation();
  const back = encodeURIComponent(location.pathname + location.search);
  return (
    <div className="page page--narrow">
      <PageHeading>{title}</PageHeading>
      <p>{reason ?? 'Cette page est réservée aux personnes qui ont un compte Cocon.'}</p>
      <p>
        <LinkButton href={`/connexion?retour=${back}`} variant="primary">
          Se connecter
        </LinkButton>
      </p>
      <p className="muted">Pas encore de compte ? Un administrateur de Cocon peut vous inviter.</p>
    </div>
  );
}

export function NoAccess() {
  return (
    <div className="page page--narrow">
      <PageHeading>Vous n’avez pas accès à cette page</PageHeading>
      <p>Votre compte ne permet pas d’ouvrir cette page. Si vous pensez en avoir besoin, demandez-le à un administrateur de Cocon.</p>
      <p>
        <LinkButton href="/">Revenir à l’accueil</LinkButton>
      </p>
    </div>
  );
}

export function NotFoundPage({ title = 'Page introuvable', text }: { title?: string; text?: string }) {
  return (
    <div className="page page--narrow">
      <PageHeading>{title}</PageHeading>
      <p>{text ?? 'Cette adresse ne mène à aucune page. Elle a peut-être été mal recopiée, ou la page n’existe plus.'}</p>
      <p>
        <LinkButton href="/">Revenir à l’accueil</LinkButton>
      </p>
    </div>
  );
}
