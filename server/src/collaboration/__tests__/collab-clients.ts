import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { yDocToDocumentJSON, documentToText } from '@cocon/shared';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { ApiClient } from '../../../test/api-client';

/** A real Hocuspocus client from Node, as the editor would connect. */
export interface CollabClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** The socket under the provider: disconnect() and connect() cut and restore the network. */
  socket: HocuspocusProviderWebsocket;
  /** Resolves once the first sync is done; rejects with the server's reason if authentication fails. */
  ready: Promise<void>;
  text(): string;
  destroy(): void;
}

export const COLLAB_TOKEN = 'query ($id: ID!) { collabToken(documentId: $id) }';

/** Opens a document live as this person would in the editor; the client joins `clients`, to be destroyed after the test. */
export async function openLive(baseUrl: string, api: ApiClient, documentId: string, clients: CollabClient[]): Promise<CollabClient> {
  const { collabToken } = await api.ok<{ collabToken: string }>(COLLAB_TOKEN, { id: documentId });
  const client = connectCollab(baseUrl, documentId, collabToken);
  clients.push(client);
  await client.ready;
  return client;
}

/**
 * ws emits 'error' when a socket still connecting is closed (a test destroying a client while it reconnects); the
 * provider listens through onerror only, so without this listener Node would throw it as unhandled.
 */
class TestWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

export function connectCollab(baseUrl: string, documentId: string, token: string): CollabClient {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: `${baseUrl.replace(/^http/, 'ws')}/collab`, WebSocketPolyfill: TestWebSocket });
  let provider!: HocuspocusProvider;
  const ready = new Promise<void>((resolve, reject) => {
    provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: documentId,
      document: doc,
      token,
      onSynced: () => resolve(),
      onAuthenticationFailed: ({ reason }) => reject(new Error(reason)),
    });
    provider.attach();
  });
  return {
    doc,
    provider,
    socket,
    ready,
    text: () => documentToText(yDocToDocumentJSON(doc)),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Types a new paragraph at the end of the document, as the editor would. */
export function appendParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  content.insert(0, text);
  paragraph.insert(0, [content]);
  doc.getXmlFragment('default').push([paragraph]);
}

export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Resolves when the server has acknowledged every change this client made. */
export function allSaved(client: CollabClient): Promise<void> {
  return eventually(() => !client.provider.hasUnsyncedChanges);
}
