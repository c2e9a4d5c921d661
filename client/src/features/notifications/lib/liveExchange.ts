import type { Client } from 'graphql-ws';
import { subscriptionExchange, type Exchange } from 'urql';

/** Where the server delivers live events (GraphQL subscriptions, graphql-ws protocol), on its own port. */
const liveUrl = () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql/ws`;

const reconnectListeners = new Set<() => void>();

/**
 * Calls `listener` each time the live connection comes back after a cut: what happened meanwhile was not
 * delivered, so pages read it again. Returns the function that stops listening.
 */
export function onLiveReconnected(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

/**
 * The urql exchange for subscriptions. The socket opens with the first subscription and closes with the last
 * (the session cookie goes with it); after a cut it comes back by itself, waiting a little longer each time.
 */
export function liveExchange(): Exchange {
  let connections = 0;
  // The protocol's code comes with the first subscription: visitors without an account never subscribe.
  let client: Promise<Client> | null = null;
  const connect = async () =>
    (await import('graphql-ws')).createClient({
      url: liveUrl,
      lazy: true,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** retries) * (0.5 + Math.random() / 2))),
      on: {
        connected: () => {
          connections += 1;
          if (connections > 1) reconnectListeners.forEach((listener) => listener());
        },
      },
    });
  return subscriptionExchange({
    forwardSubscription: (request) => ({
      subscribe: (sink) => {
        let stop: (() => void) | null = null;
        let stopped = false;
        (client ??= connect()).then(
          (live) => {
            if (!stopped) stop = live.subscribe({ ...request, query: request.query ?? '' }, sink);
          },
          (error: unknown) => sink.error(error),
        );
        return {
          unsubscribe: () => {
            stopped = true;
            stop?.();
          },
        };
      },
    }),
  });
}
