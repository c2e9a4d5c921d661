import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { ApiClient } from '../../../test/api-client';

/** A browser-like subscriber: graphql-ws on /graphql/ws, with the session cookie of an ApiClient. */
export interface LiveSubscriber<T> {
  received: T[];
  errors: unknown[];
  completed: boolean;
  /** Resolves once the server acknowledged the subscription (a first event can then not be missed). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export function subscribe<T = Record<string, any>>(
  api: ApiClient,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): LiveSubscriber<T> {
  const cookie = api.sessionCookie;
  class CookieSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { ...(cookie ? { cookie } : {}), ...headers } });
    }
  }
  let acknowledged!: () => void;
  const ready = new Promise<void>((resolve) => (acknowledged = resolve));
  const client: Client = createClient({
    url: `${api.baseUrl.replace(/^http/, 'ws')}/graphql/ws`,
    webSocketImpl: CookieSocket,
    retryAttempts: 0,
    lazy: false,
    on: { connected: () => setTimeout(acknowledged, 100) },
  });
  const subscriber: LiveSubscriber<T> = {
    received: [],
    errors: [],
    completed: false,
    ready,
    stop: () => client.dispose() as Promise<void>,
  };
  client.subscribe<T>(
    { query, variables },
    {
      next: (value) => (value.errors ? subscriber.errors.push(...value.errors) : subscriber.received.push(value.data as T)),
      error: (error) => {
        // A refused operation comes as a list of GraphQL errors; a lost connection as one event.
        subscriber.errors.push(...(Array.isArray(error) ? error : [error]));
        acknowledged();
      },
      complete: () => (subscriber.completed = true),
    },
  );
  return subscriber;
}

export const COMMENT_EVENTS = `subscription ($documentId: ID!) {
  commentEvents(documentId: $documentId) { kind threadId commentId actor { name } thread { id comments { body author { name } } } } }`;
