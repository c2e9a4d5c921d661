import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { EntitySubscriberInterface } from 'typeorm';
import type { ApiClient } from './api-client';
import type { TestApp } from './test-app';

const HEADER = 'x-cocon-count-statements';

/**
 * Counts the SQL statements that one request makes the server send to its database, whichever the database
 * (embedded or PostgreSQL) and however the server reaches it: every statement goes through TypeORM, whose
 * subscribers hear it before it is sent. Only the statements issued while handling the marked request count, so
 * background work (revision sweeps, digests) never blurs the figure.
 */
export class StatementCounter {
  private readonly current = new AsyncLocalStorage<{ statements: string[] }>();

  private constructor() {}

  static attach(app: TestApp): StatementCounter {
    const counter = new StatementCounter();
    const subscriber: EntitySubscriberInterface = {
      beforeQuery: (event) => {
        counter.current.getStore()?.statements.push(event.query);
      },
    };
    app.dataSource.subscribers.push(subscriber);
    // The marked request is handled inside its own async context, which every query it causes inherits.
    const server = app.running.app.getHttpServer() as Server;
    const handlers = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
    server.removeAllListeners('request');
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const run = () => handlers.forEach((handler) => handler.call(server, req, res));
      const mark = req.headers[HEADER];
      if (typeof mark === 'string') counter.current.run({ statements: counter.recorded(mark) }, run);
      else run();
    });
    return counter;
  }

  private readonly records = new Map<string, string[]>();

  private recorded(mark: string): string[] {
    const statements = this.records.get(mark) ?? [];
    this.records.set(mark, statements);
    return statements;
  }

  /** Sends one GraphQL operation that must succeed; returns its data and the statements it caused. */
  async graphql<T = Record<string, any>>(
    client: ApiClient,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data: T; statements: string[] }> {
    const mark = randomUUID();
    const response = await client.post({ query, variables }, { 'content-type': 'application/json', [HEADER]: mark });
    const result = (await response.json()) as { data: T; errors?: unknown[] };
    if (result.errors?.length || !result.data) throw new Error(`Expected success, got: ${JSON.stringify(result.errors)}`);
    const statements = this.records.get(mark) ?? [];
    this.records.delete(mark);
    return { data: result.data, statements };
  }
}
