import { Component, useEffect, type ReactNode } from 'react';

/**
 * Last resort when a page fails to show (a bug, or a new version whose files replaced the old ones).
 * It sits outside the layout, so it uses plain links and reloads.
 */
function RouteError({ error }: { error: unknown }) {
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

/** Catches what a page throws while rendering (or a page's code that no longer loads) and shows RouteError. */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('Erreur inconnue') };
  }

  override render() {
    return this.state.error ? <RouteError error={this.state.error} /> : this.props.children;
  }
}
