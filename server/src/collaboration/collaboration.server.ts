import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Hocuspocus, type Connection, type Extension } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { COLLAB_ACCESS_WITHDRAWN, COLLAB_DOCUMENT_TRASHED, COLLAB_RETRY_LATER } from '@cocon/shared';
import { replaceYDocContent, type JSONContent } from '@cocon/shared';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { LOGGER } from '../common/logger';
import { connectRedis } from '../common/redis';
import { DocumentsService } from '../documents/documents.service';
import { UsersService } from '../users/users.service';
import { CollabAccessService, CollabRefused, type CollabContext } from './collab-access.service';
import { DocumentStoreService } from './document-store.service';
import { DurableAcknowledgements } from './durable-acknowledgements';
import { updateInMessage } from './sync-message';
import { UpdateGate, UpdateRefused, unreadableUpdate } from './update-gate';

export const COLLAB_PATH = '/collab';
/** One message at most 1 MB; larger ones close the connection (ws refuses them before any parsing). */
export const MAX_MESSAGE_BYTES = 1024 * 1024;
/** A document's whole state at most 10 MB: updates that would pass it are refused. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** How often open connections are checked again against the current rights (role, account, space). */
const ACCESS_RECHECK_MS = 30_000;

/**
 * Live co-editing (Yjs through Hocuspocus) on the application's own HTTP port, at /collab.
 * Every update a client sends is applied and passed on at once, and acknowledged only once it is written to the
 * database (see DurableAcknowledgements), so the client's "saved" state never runs ahead of what is durable.
 */
@Injectable()
export class CollaborationServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly hocuspocus: Hocuspocus<CollabContext>;
  private readonly sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  /** Per connection, called once the message being handled is applied (messages are handled one at a time). */
  private readonly applying = new WeakMap<Connection<CollabContext>, () => void>();
  private readonly acknowledgements: DurableAcknowledgements;
  /** Log entries applied in memory, per document, waiting for the next compaction. */
  private readonly applied = new Map<string, string[]>();
  /** Approximate size of each open document's state, to refuse updates past MAX_DOCUMENT_BYTES. */
  private readonly sizes = new Map<string, number>();
  /** Per open document, where each client's change is tried before the document and the log take it. */
  private readonly gates = new Map<string, UpdateGate>();
  private recheckTimer: NodeJS.Timeout | null = null;
  /** Told of each change a person made, once it is durable; and when no one who may write is left in a document. */
  private readonly editListeners: ((documentId: string, userId: string) => void)[] = [];
  private readonly editorsGoneListeners: ((documentId: string) => void)[] = [];

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly access: CollabAccessService,
    private readonly store: DocumentStoreService,
    private readonly documents: DocumentsService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.acknowledgements = new DurableAcknowledgements(logger);
    const extensions: Extension[] = [];
    if (config.redisUrl) {
      const redisUrl = config.redisUrl;
      // Built from the whole URL (user, password, database number, TLS), as every other Redis connection of Cocon.
      const redis = new Redis({ createClient: () => connectRedis(redisUrl, 'collaboration') });
      this.watchRedis(redis);
      extensions.push(redis);
    }
    this.hocuspocus = new Hocuspocus<CollabContext>({
      name: `cocon-${process.pid}`,
      quiet: true,
      // A document no one has open any more is stored and leaves memory at once, not at the next debounce.
      unloadImmediately: true,
      debounce: 2000,
      maxDebounce: 10000,
      extensions,
      onAuthenticate: async ({ token, documentName, connectionConfig }) => {
        const context = await this.access.authenticate(token, documentName).catch((error: unknown) => this.retryLater(error, documentName));
        connectionConfig.readOnly = context.readOnly;
        return context;
      },
      onLoadDocument: async ({ document, documentName }) => {
        const { state, logIds } = await this.store.open(documentName).catch((error: unknown) => this.retryLater(error, documentName));
        Y.applyUpdate(document, state);
        this.gates.get(documentName)?.destroy();
        this.gates.set(documentName, new UpdateGate(document));
        for (const id of logIds) this.markApplied(documentName, id);
        this.sizes.set(documentName, state.byteLength);
        return document;
      },
      afterUnloadDocument: async ({ documentName }) => {
        this.gates.get(documentName)?.destroy();
        this.gates.delete(documentName);
        this.sizes.delete(documentName);
        // Entries not compacted stay in the log, and the next load reads them again.
        this.applied.delete(documentName);
      },
      beforeHandleMessage: async ({ update: message, connection, documentName, context }) => {
        const update = this.readUpdate(message, documentName, context);
        if (!update || connection.readOnly) return;
        const size = (this.sizes.get(documentName) ?? 0) + update.byteLength;
        if (size > MAX_DOCUMENT_BYTES) {
          this.logger.warn({ documentId: documentName, userId: context.userId, size }, 'Update refused: document over the size limit');
          throw Object.assign(new Error('Document too large'), { code: 4413, reason: 'Le document dépasse la taille maximale.' });
        }
        // Nothing reaches the document or the log before it decodes, applies and fits the schema on the gate's copy.
        const admitted = this.admit(documentName, update, context);
        this.sizes.set(documentName, (this.sizes.get(documentName) ?? 0) + (admitted?.byteLength ?? 0));
        let applied!: () => void;
        const appliedInMemory = new Promise<void>((resolve) => (applied = resolve));
        this.applying.set(connection, applied);
        const userId = context.userId;
        this.acknowledgements.hold(
          connection,
          documentName,
          admitted && (() => this.store.append(documentName, admitted)),
          // Counted for compaction and told to listeners only once both written and applied in memory.
          (id) =>
            void appliedInMemory.then(() => {
              this.markApplied(documentName, id);
              if (userId) for (const listener of this.editListeners) listener(documentName, userId);
            }),
        );
      },
      afterHandleMessage: async ({ connection }) => {
        this.acknowledgements.release(connection);
        this.applying.get(connection)?.();
        this.applying.delete(connection);
      },
      onDisconnect: async ({ document, documentName }) => {
        const writers = (document.getConnections() as Connection<CollabContext>[]).filter((connection) => !connection.readOnly);
        if (writers.length === 0) for (const listener of this.editorsGoneListeners) listener(documentName);
      },
      onStoreDocument: async ({ document, documentName, lastContext }) => {
        const ids = this.applied.get(documentName) ?? [];
        this.applied.delete(documentName);
        try {
          await this.store.compact(documentName, Y.encodeStateAsUpdate(document), ids, lastContext?.userId ?? null);
        } catch (error) {
          this.applied.set(documentName, [...ids, ...(this.applied.get(documentName) ?? [])]);
          throw error;
        }
      },
    });
  }

  /** The Yjs update a message carries (null for other messages); a message that cannot be read is refused. */
  private readUpdate(message: Uint8Array, documentId: string, context: CollabContext): Uint8Array | null {
    try {
      return updateInMessage(message);
    } catch (error) {
      return this.refuse(unreadableUpdate(`unreadable message: ${(error as Error).message}`), documentId, context);
    }
  }

  private admit(documentId: string, update: Uint8Array, context: CollabContext): Uint8Array | null {
    const gate = this.gates.get(documentId);
    if (!gate) throw new Error(`Document ${documentId} has no update gate`);
    try {
      return gate.admit(update);
    } catch (error) {
      if (error instanceof UpdateRefused) this.refuse(error, documentId, context);
      throw error;
    }
  }

  private refuse(refusal: UpdateRefused, documentId: string, context: CollabContext): never {
    this.logger.warn({ documentId, userId: context.userId, problem: refusal.detail }, 'Update refused, connection closed: nothing of it is stored');
    throw refusal;
  }

  private markApplied(documentId: string, id: string): void {
    // A write that ends after its document left memory stays in the log for the next load, and is held here no more.
    if (!this.gates.has(documentId)) return;
    const ids = this.applied.get(documentId);
    if (ids) ids.push(id);
    else this.applied.set(documentId, [id]);
  }

  /** How many documents the live-editing process and each of its own maps hold: every one lets go of a document once it unloads. */
  heldDocuments(): Record<'open' | 'gates' | 'sizes' | 'applied' | 'acknowledgements', number> {
    return {
      open: this.hocuspocus.documents.size,
      gates: this.gates.size,
      sizes: this.sizes.size,
      applied: this.applied.size,
      acknowledgements: this.acknowledgements.documentsWaiting,
    };
  }

  onEdit(listener: (documentId: string, userId: string) => void): void {
    this.editListeners.push(listener);
  }

  onEditorsGone(listener: (documentId: string) => void): void {
    this.editorsGoneListeners.push(listener);
  }

  /**
   * Puts new content into a document as a change made by the server (a restored revision): it is stored before
   * this returns, and everyone who has the document open, on any instance, sees it arrive.
   */
  async replaceContent(documentId: string, content: JSONContent, userId: string): Promise<void> {
    const connection = await this.hocuspocus.openDirectConnection(documentId, { userId, readOnly: false } satisfies CollabContext);
    try {
      const updates: Uint8Array[] = [];
      const capture = (update: Uint8Array) => updates.push(update);
      connection.document!.on('update', capture);
      try {
        await connection.transact((document) => replaceYDocContent(document, content));
      } finally {
        connection.document!.off('update', capture);
      }
      // Logged like a client's change, so that it is durable now, whatever happens to the next compaction.
      if (updates.length) {
        const id = await this.store.append(documentId, Y.mergeUpdates(updates));
        this.markApplied(documentId, id);
      }
    } finally {
      await connection.disconnect();
    }
  }

  /**
   * A refusal stays a refusal; any other failure (the database unreachable) is passing: the client is told to try
   * again, so that it keeps its changes and comes back by itself instead of showing a refusal.
   */
  private retryLater(error: unknown, documentId: string): never {
    if (error instanceof CollabRefused) throw error;
    this.logger.warn({ err: error, documentId }, 'Document not opened for now (database unreachable?): the client will try again');
    throw new CollabRefused(COLLAB_RETRY_LATER);
  }

  /**
   * Redis only relays changes between instances: while it is unreachable each instance goes on alone (its own
   * clients still write together, every change is still saved in the database), and the log says so. Once it is
   * back, every open document asks the other instances for what it missed, so that they converge again.
   */
  private watchRedis(redis: Redis): void {
    let down = false;
    redis.pub.on('error', (error: Error) => {
      if (down) return;
      down = true;
      this.logger.warn({ err: error }, 'Redis unreachable: live editing goes on within this instance only, every change is still saved');
    });
    // Reported once above; without a listener ioredis would print every reconnection attempt.
    redis.sub.on('error', () => {});
    redis.pub.on('ready', () => {
      if (!down) return;
      down = false;
      this.logger.info({ documents: this.hocuspocus.documents.size }, 'Redis reachable again: open documents resynchronised with the other instances');
      for (const document of this.hocuspocus.documents.values()) {
        // The extension's own first-load exchange: publishes this copy's state vector, applies what peers answer.
        void redis.afterLoadDocument({ documentName: document.name, document } as Parameters<Redis['afterLoadDocument']>[0]).catch(() => {});
      }
    });
  }

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter.getHttpServer();
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(request, socket, head));
    this.documents.onRemoved((documentIds) => this.closeRemoved(documentIds));
    this.users.onAccountChanged((userId) => this.recheckAccess(userId));
    this.recheckTimer = setInterval(() => void this.recheckAccess(), ACCESS_RECHECK_MS);
    this.recheckTimer.unref();
  }

  /**
   * Applies the current rights to open connections: a person who may no longer read is disconnected, one who
   * may no longer edit goes read-only. Runs every 30 seconds, and at once when an account changes here.
   */
  async recheckAccess(userId?: string): Promise<void> {
    for (const document of this.hocuspocus.documents.values()) {
      for (const connection of document.getConnections() as Connection<CollabContext>[]) {
        const context = connection.context;
        if (!context || (userId && context.userId !== userId)) continue;
        const access = await this.access.recheck(context.userId, document.name);
        if (!access) connection.close({ code: 4403, reason: COLLAB_ACCESS_WITHDRAWN });
        else if (access.readOnly !== connection.readOnly) connection.readOnly = access.readOnly;
      }
    }
  }

  /**
   * Ends live editing of documents just put in the trash here, so that no change is written into them afterwards
   * (nobody can open a trashed one, so deleting it for good later finds no one); other instances follow at their
   * next check of rights.
   */
  private closeRemoved(documentIds: string[]): void {
    for (const id of documentIds) {
      for (const connection of this.hocuspocus.documents.get(id)?.getConnections() ?? []) {
        connection.close({ code: 4410, reason: COLLAB_DOCUMENT_TRASHED });
      }
    }
  }

  /** Stores every open document before the database closes, then lets go of every socket. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.recheckTimer) clearInterval(this.recheckTimer);
    this.hocuspocus.flushPendingStores();
    await Promise.all([...this.hocuspocus.documents.values()].map((document) => this.hocuspocus.unloadDocument(document)));
    this.acknowledgements.stop();
    this.hocuspocus.closeConnections();
    for (const socket of this.sockets.clients) socket.terminate();
    this.sockets.close();
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    const path = (request.url ?? '').split('?')[0];
    if (path !== COLLAB_PATH) return;
    if (!this.access.originAllowed(request.headers.origin, request.headers.host)) {
      this.logger.warn({ origin: request.headers.origin }, 'Collaboration socket refused: foreign origin');
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    this.sockets.handleUpgrade(request, socket, head, (ws) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string') headers.set(name, value);
      }
      const connection = this.hocuspocus.handleConnection(ws, new Request(`http://localhost${COLLAB_PATH}`, { headers }));
      ws.on('message', (data: Buffer) => connection.handleMessage(new Uint8Array(data)));
      ws.on('close', (code: number, reason: Buffer) => connection.handleClose({ code, reason: reason.toString() }));
      ws.on('error', (error) => this.logger.warn({ err: error }, 'Collaboration socket error'));
    });
  }
}
