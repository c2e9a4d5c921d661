import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Client, cacheExchange, fetchExchange, Provider } from 'urql';
import { liveExchange } from '../features/notifications/lib/liveExchange';

function createGraphqlClient(): Client {
  return new Client({
    url: '/graphql',
    // Subscriptions (comments arriving, the notification counter) go through their own socket.
    exchanges: [cacheExchange, fetchExchange, liveExchange()],
    // Always POST with a JSON body: the server's CSRF protection refuses simple GET requests.
    preferGetMethod: false,
    fetchOptions: { credentials: 'include', headers: { 'content-type': 'application/json' } },
  });
}

const SessionContext = createContext<{ resetSession: () => void }>({ resetSession: () => undefined });

/**
 * The GraphQL client. Logging in or out replaces it, which throws away every cached answer: what a
 * person may read changes with who they are.
 */
export function GraphqlProvider({ children }: { children: ReactNode }) {
  const [client, setClient] = useState(createGraphqlClient);
  const resetSession = useCallback(() => setClient(createGraphqlClient()), []);
  const session = useMemo(() => ({ resetSession }), [resetSession]);
  return (
    <SessionContext.Provider value={session}>
      <Provider value={client}>{children}</Provider>
    </SessionContext.Provider>
  );
}

export const useResetSession = () => useContext(SessionContext).resetSession;
