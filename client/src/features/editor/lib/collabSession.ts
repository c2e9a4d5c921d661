import { COLLAB_FINAL_CLOSES, COLLAB_RETRY_LATER, COLLAB_UPDATE_REFUSALS } from '@cocon/shared';
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

/** What the page needs to know about the live connection, as one immutable snapshot. */
export interface CollabStatus {
  connection: WebSocketStatus;
  /** The browser says it has a network. */
  online: boolean;
  /** The server's copy and ours have been exchanged since the last (re)connection. */
  synced: boolean;
  /** Local changes the server has not confirmed as stored yet. */
  unsyncedChanges: number;
  /** There is something to show: the server answered once, or this device had a copy. */
  ready: boolean;
  /** A connection happened before: a new attempt is a reconnection. */
  wasConnected: boolean;
  /** The server lets this connection write; false when it is (or became) read-only. */
  serverAllowsWriting: boolean;
  /** Why the server refused the connection, or ended it for good, in French; null while it did not. */
  refusal: string | null;
}

export interface CollabSnapshot {
  provider: HocuspocusProvider | null;
  status: CollabStatus;
}

/** Fetches a fresh token for the document; rejects with a French message when it cannot. */
export type TokenFetcher = () => Promise<string>;

/** The token could not be had for now (network, server unable to reach its database): worth trying again. */
export class TokenUnavailable extends Error {}

const INITIAL_STATUS: CollabStatus = {
  connection: WebSocketStatus.Connecting,
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  synced: false,
  unsyncedChanges: 0,
  ready: false,
  wasConnected: false,
  serverAllowsWriting: true,
  refusal: null,
};

/** How long to wait before opening the document again when the server could not open it for now. */
const RETRY_LATER_MS = 3000;

const collabUrl = () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/collab`;

/**
 * One open document: its Yjs state, kept on this device (IndexedDB) and shared live with the server
 * (Hocuspocus). The Y.Doc lives as long as the session; the connections are opened by start() and closed
 * by the function it returns, so React's double effects in development open them twice, cleanly.
 */
export class CollabSession {
  readonly ydoc = new Y.Doc();
  private snapshot: CollabSnapshot = { provider: null, status: INITIAL_STATUS };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly documentId: string,
    private readonly fetchToken: TokenFetcher,
  ) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getSnapshot = (): CollabSnapshot => this.snapshot;

  start(): () => void {
    const fragment = this.ydoc.getXmlFragment('default');
    const local = new IndexeddbPersistence(`cocon-document-${this.documentId}`, this.ydoc);
    let tokenError: string | null = null;
    let tokenRetry = false;

    const provider = new HocuspocusProvider({
      url: collabUrl(),
      name: this.documentId,
      document: this.ydoc,
      // A token lives two minutes: every (re)connection asks for a new one.
      token: async () => {
        try {
          tokenError = null;
          tokenRetry = false;
          return await this.fetchToken();
        } catch (error) {
          tokenError = error instanceof Error ? error.message : String(error);
          tokenRetry = error instanceof TokenUnavailable;
          throw error;
        }
      },
    });

    const readStatus = (): Partial<CollabStatus> => ({
      synced: provider.isSynced,
      unsyncedChanges: provider.unsyncedChanges,
      serverAllowsWriting: provider.authorizedScope !== 'readonly',
    });
    const onStatus = ({ status }: { status: WebSocketStatus }) =>
      this.update({
        connection: status,
        ...(status === WebSocketStatus.Connected ? { wasConnected: true } : {}),
        ...readStatus(),
      });
    const onChange = () => this.update(readStatus());
    const onSynced = () => this.update({ ...readStatus(), ready: true, refusal: null });
    let retryTimer: ReturnType<typeof setTimeout> | null = null;
    // The provider's own reason is English when fetching the token failed: ours is the server's French message.
    const onRefused = ({ reason }: { reason: string }) => {
      if (reason !== COLLAB_RETRY_LATER && !tokenRetry) return this.update({ refusal: tokenError ?? reason });
      // Not a refusal: the server (or the network) cannot open the document for now. The changes stay here.
      provider.disconnect();
      retryTimer = setTimeout(() => void provider.connect(), RETRY_LATER_MS);
    };
    // The server ended editing for good (rights withdrawn, document in the trash, a change refused): say so now and
    // stop, rather than letting the person type into a document that will never take their text.
    const onClosed = ({ event }: { event: { reason?: string } }) => {
      if (!event.reason || !COLLAB_FINAL_CLOSES.includes(event.reason)) return onChange();
      this.update({ ...readStatus(), refusal: event.reason });
      provider.disconnect();
      // This device's copy holds the refused change and would send it again at every opening: reloading the page
      // starts from the server's copy instead.
      if (COLLAB_UPDATE_REFUSALS.includes(event.reason)) void local.clearData();
    };
    const onNetwork = () => this.update({ online: navigator.onLine });
    const onLocalLoaded = () => {
      if (fragment.length > 0) this.update({ ready: true });
    };

    provider.on('status', onStatus);
    provider.on('synced', onSynced);
    provider.on('unsyncedChanges', onChange);
    provider.on('authenticated', onChange);
    provider.on('close', onClosed);
    provider.on('authenticationFailed', onRefused);
    local.on('synced', onLocalLoaded);
    window.addEventListener('online', onNetwork);
    window.addEventListener('offline', onNetwork);
    this.snapshot = { provider, status: { ...INITIAL_STATUS, online: navigator.onLine } };
    this.emit();

    return () => {
      if (retryTimer) clearTimeout(retryTimer);
      window.removeEventListener('online', onNetwork);
      window.removeEventListener('offline', onNetwork);
      provider.destroy();
      void local.destroy();
      this.snapshot = { provider: null, status: INITIAL_STATUS };
      this.emit();
    };
  }

  private update(change: Partial<CollabStatus>) {
    const status = { ...this.snapshot.status, ...change };
    const same = (Object.keys(change) as (keyof CollabStatus)[]).every((key) => this.snapshot.status[key] === status[key]);
    if (same) return;
    this.snapshot = { ...this.snapshot, status };
    this.emit();
  }

  private emit() {
    for (const listener of this.listeners) listener();
  }
}
