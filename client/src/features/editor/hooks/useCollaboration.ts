import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import { hasErrorCode, toShownError, UNREADABLE } from '../../../lib/errors';
import { CollabTokenQuery } from '../graphql/collabToken';
import { CollabSession, TokenUnavailable } from '../lib/collabSession';

/**
 * The live state of one document: its Y.Doc, the provider that shares it, and an honest status.
 * Everything is opened for the document and closed when the page leaves it (or when the session changes,
 * since logging in or out replaces the GraphQL client).
 */
export function useCollaboration(documentId: string) {
  const client = useClient();
  const session = useMemo(
    () =>
      new CollabSession(documentId, async () => {
        const result = await client.query(CollabTokenQuery, { documentId }, { requestPolicy: 'network-only' }).toPromise();
        if (result.error) {
          const refused = hasErrorCode(result.error, UNREADABLE);
          throw new (refused ? Error : TokenUnavailable)(toShownError(result.error).message);
        }
        if (!result.data) throw new Error('Le serveur n’a pas répondu. Rechargez la page.');
        return result.data.collabToken;
      }),
    [client, documentId],
  );
  useEffect(() => session.start(), [session]);
  const { provider, status } = useSyncExternalStore(session.subscribe, session.getSnapshot);
  return { ydoc: session.ydoc, provider, status };
}
