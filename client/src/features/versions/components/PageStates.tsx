import type { CombinedError } from '@urql/core';
import { LoginInvite, NotFoundPage } from '../../../app/AccessPages';
import { hasErrorCode, toShownError, UNREADABLE } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';

interface Props {
  error: CombinedError | undefined;
  signedIn: boolean;
  /** "Document introuvable", "Révision introuvable"… */
  title: string;
}

/**
 * What a history page shows when its object cannot be read: not found (or not readable, which the server does
 * not tell apart), an invitation to log in for the public, or the server's own message.
 */
export function UnreadablePage({ error, signedIn, title }: Props) {
  if (error && !hasErrorCode(error, UNREADABLE)) {
    return (
      <div className="page">
        <Alert tone="error" title="Cette page n’a pas pu s’afficher">
          <p>{toShownError(error).message}</p>
        </Alert>
      </div>
    );
  }
  return signedIn ? (
    <NotFoundPage title={title} text="Cette page n’existe pas, ou votre compte ne permet pas de la lire." />
  ) : (
    <LoginInvite
      title="Page introuvable ou réservée aux membres"
      reason="Cette page n’existe pas, ou elle est réservée aux personnes qui ont un compte Cocon."
    />
  );
}
