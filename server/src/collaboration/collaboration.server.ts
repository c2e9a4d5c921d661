import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Hocuspocus, type Connection, type Extension } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { LOGGER } from '../common/logger';
import { CollabAccessService, type CollabContext } from './collab-access.service';
import { DocumentStoreService } from './document-store.service';
import { updateInMessage } from './sync-message';

export const COLLAB_PATH = '/collab';
/** One message at most 1 MB; larger ones close the connection (ws refuses them before any parsing). */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

/**
 * Live co-editing (Yjs through Hocuspocus) on the application's own HTTP port, at /collab.
 * Every update a client sends is written to the database before it is applied and acknowledged, so the
 * client's "saved" state never runs ahead of what is durable.
 */
@Injectable()
export class CollaborationServer implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly hocuspocus: Hocuspocus<CollabContext>;
  private readonly sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  /** Log entries written for a message being handled, per connection (messages are handled one at a time). */
  private readonly pending = new WeakMap<Connection<CollabContext>, string>();
  /** Log entries applied in memory, per document, waiting for the next compaction. */
  private readonly applied = new Map<string, string[]>();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly access: CollabAccessService,
    private readonly store: DocumentStoreService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    const extensions: Extension[] = [];
    if (config.redisUrl) {
      const url = new URL(config.redisUrl);
      extensions.push(new Redis({ host: url.hostname, port: Number(url.port || 6379) }));
    }
    this.hocuspocus = new Hocuspocus<CollabContext>({
      name: `cocon-${process.pid}`,
      quiet: true,
      debounce: 2000,
      maxDebounce: 10000,
      extensions,
      onAuthenticate: async ({ token, documentName, connectionConfig }) => {
        const context = await this.access.authenticate(token, documentName);
        connectionConfig.readOnly = context.readOnly;
        return context;
      },
      onLoadDocument: async ({ document, documentName }) => {
        Y.applyUpdate(document, await this.store.load(documentName));
        return document;
      },
      beforeHandleMessage: async ({ update: message, connection, documentName }) => {
        const update = updateInMessage(message);
        if (!update || connection.readOnly) return;
        this.pending.set(connection, await this.store.append(documentName, update));
      },
      afterHandleMessage: async ({ connection, documentName }) => {
        const id = this.pending.get(connection);
        if (!id) return;
        this.pending.delete(connection);
        this.applied.set(documentName, [...(this.applied.get(documentName) ?? []), id]);
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

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter.getHttpServer();
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(request, socket, head));
  }

  /** Stores every open document before the process stops. */
  async onApplicationShutdown(): Promise<void> {
    this.hocuspocus.flushPendingStores();
    await Promise.all([...this.hocuspocus.documents.values()].map((document) => this.hocuspocus.unloadDocument(document)));
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
