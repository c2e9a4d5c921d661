import { useEffect } from 'react';
import { useRouteError } from 'react-router';

/**
 * Last resort when a page fails to show (a bug, or a new version whose files replaced the old ones).
 * It sits outside the layout, so it uses plain links and reloads.
 */
export function RouteError() {
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
    document.title = 'Erreur — Cocon';
  }, [error]);
  return (
    <main className="page page--narrow route-error">
      <h1>Cette page n’a pas pu s’afficher</h1>
      <p>Une erreur inattendue est survenue. Rechargez la page ; si le problème continue, revenez à l’accueil.</p>
      <p className="form-actions">
        <a className="button button--primary" href={window.location.pathname}>
          Recharger la page
        </a>
        <a className="button button--secondary" href="/">
          Revenir à l’accueil
        </a>
      </p>
    </main>
  );
}
