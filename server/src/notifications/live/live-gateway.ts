import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import cookieParser from 'cookie-parser';
import type { Response } from 'express';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs } from 'graphql';
import type { Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { SessionsService } from '../../auth/sessions.service';
import { AppError } from '../../common/errors';
import { createErrorFormatter } from '../../common/graphql/format-error';
import { depthLimit, MAX_QUERY_DEPTH } from '../../common/graphql/query-limits';
import { LOGGER } from '../../common/logger';
import type { AuthenticatedRequest, GraphQLContext } from '../../common/request-context';
import { APP_CONFIG, type AppConfig } from '../../config/config';

/** GraphQL subscriptions (graphql-ws protocol) on the application's own port, beside /graphql and /collab. */
export const LIVE_PATH = '/graphql/ws';
const MAX_MESSAGE_BYTES = 64 * 1024;

type SocketRequest = IncomingMessage & AuthenticatedRequest;

/**
 * Live delivery to open pages: comments arriving in a document, the notification counter. Chosen over Hocuspocus
 * stateless messages because it reaches pages that have no Yjs document open (a summary, the header on every
 * page), is typed by the same schema as the rest of the API, and each subscriber's events go through the same
 * resolvers and rules as a query, so nobody receives what they may not read.
 *
 * Only subscriptions travel here (queries and mutations stay on /graphql, behind its CSRF and cost protections),
 * the socket only opens from Cocon's own pages, and the person is the one of the session cookie at opening.
 */
@Injectable()
export class LiveGateway implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  private server: Disposable | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly modules: ModuleRef,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    // The GraphQL module builds the schema at start-up; it is read here, from the whole application.
    const schema = this.modules.get(GraphQLSchemaHost, { strict: false }).schema;
    const format = createErrorFormatter(this.logger);
    const formatted = (errors: readonly GraphQLError[]) => errors.map((error) => format(error.toJSON(), error));
    this.server = useServer(
      {
        schema,
        onSubscribe: (ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
          let document: DocumentNode;
          try {
            document = parse(payload.query);
          } catch (error) {
            return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
          }
          const operation = getOperationAST(document, payload.operationName);
          if (operation?.operation !== 'subscription') {
            return [new AppError('BAD_USER_INPUT', 'Seuls les abonnements passent par cette connexion ; le reste passe par /graphql.')];
          }
          const errors = validate(schema, document, [...specifiedRules, depthLimit(MAX_QUERY_DEPTH)]);
          if (errors.length) return errors;
          const request = ctx.extra.request as SocketRequest;
          const contextValue: GraphQLContext = { req: request, res: null as unknown as Response };
          return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
        },
        onError: (_ctx, _id, _payload, errors) => formatted(errors),
        onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: formatted(result.errors) } : undefined),
      },
      this.sockets,
    );
    const server = this.adapterHost.httpAdapter.getHttpServer();
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => void this.upgrade(request, socket, head));
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const socket of this.sockets.clients) socket.terminate();
    await this.server?.dispose();
    this.sockets.close();
  }

  private async upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    if ((request.url ?? '').split('?')[0] !== LIVE_PATH) return;
    if (!this.originAllowed(request.headers.origin, request.headers.host)) {
      this.logger.warn({ origin: request.headers.origin }, 'Live socket refused: foreign origin');
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    try {
      await this.authenticate(request as SocketRequest);
    } catch (error) {
      this.logger.error({ err: error }, 'Live socket: session could not be read');
      socket.end('HTTP/1.1 500 Internal Server Error\r\n\r\n');
      return;
    }
    this.sockets.handleUpgrade(request, socket, head, (ws) => this.sockets.emit('connection', ws, request));
  }

  /** The same cookie and session reading as every HTTP request: the person, or null for the public. */
  private authenticate(request: SocketRequest): Promise<void> {
    const noResponse = {} as Response;
    return new Promise((resolve, reject) => {
      cookieParser()(request, noResponse, (error?: unknown) => {
        if (error) return reject(error);
        this.sessions.middleware()(request, noResponse, (failure?: unknown) => (failure ? reject(failure) : resolve()));
      });
    });
  }

  /** Browsers send Origin with every WebSocket: only Cocon's own pages may open one, with the person's cookie. */
  private originAllowed(origin: string | undefined, host: string | undefined): boolean {
    if (!origin) return true;
    try {
      const url = new URL(origin);
      return url.origin === new URL(this.config.publicUrl).origin || url.host === host;
    } catch {
      return false;
    }
  }
}
