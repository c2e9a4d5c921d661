import WebSocket from 'ws';
import { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { createTestDatabase } from '../../../test/test-database';
import { startApp } from '../../bootstrap';
import { eventually } from '../../collaboration/__tests__/collab-clients';
import { loadConfig } from '../../config/config';
import { CREATE_THREAD, DELETE, REPLY, RESOLVE } from './comment-helpers';
import { COMMENT_EVENTS, subscribe, type LiveSubscriber } from './live-client';

interface Event {
  commentEvents: { kind: string; threadId: string; actor: { name: string }; thread: { comments: { body: string }[] } | null };
}

describe('comments arriving live in an open document', () => {
  let app: TestApp;
  const subscribers: LiveSubscriber<unknown>[] = [];
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterEach(async () => {
    await Promise.all(subscribers.splice(0).map((subscriber) => subscriber.stop()));
  });
  afterAll(() => app.stop());

  const follow = async <T = Event>(api: ApiClient, query: string, variables: Record<string, unknown> = {}) => {
    const subscriber = subscribe<T>(api, query, variables);
    subscribers.push(subscriber);
    await subscriber.ready;
    return subscriber;
  };

  it('delivers each new discussion, reply, resolution and deletion to the people reading the document', async () => {
    const document = await app.createDocument(await app.createSpace());
    const { client: writer, user } = await app.as('GROUPE_NUMERIQUE');
    const { client: reader } = await app.as('MEMBRE');
    const live = await follow(reader, COMMENT_EVENTS, { documentId: document.id });

    const { createThread } = await writer.ok(CREATE_THREAD, { input: { documentId: document.id, body: 'Premier avis en direct.' } });
    await eventually(() => live.received.length === 1);
    expect(live.received[0].commentEvents).toMatchObject({
      kind: 'THREAD_CREATED',
      threadId: createThread.thread.id,
      actor: { name: user.name },
      thread: { comments: [{ body: 'Premier avis en direct.' }] },
    });
    const { replyToThread } = await reader.ok(REPLY, { input: { threadId: createThread.thread.id, body: 'Réponse.' } });
    await writer.ok(RESOLVE, { id: createThread.thread.id });
    await writer.ok(DELETE, { id: createThread.comment.id });
    await reader.ok(DELETE, { id: replyToThread.comment.id });
    await eventually(() => live.received.length === 5);
    expect(live.received.map((event) => event.commentEvents.kind)).toEqual([
      'THREAD_CREATED',
      'COMMENT_ADDED',
      'THREAD_CHANGED',
      'COMMENT_CHANGED',
      'THREAD_DELETED',
    ]);
    expect(live.received[4].commentEvents.thread).toBeNull();
  });

  it('refuses to follow a document one cannot read, like an unknown one, and the public', async () => {
    const hidden = await app.createDocument(await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['GT_ESC'] }));
    const { client } = await app.as('MEMBRE');
    const refused = subscribe(client, COMMENT_EVENTS, { documentId: hidden.id });
    const unknown = subscribe(client, COMMENT_EVENTS, { documentId: '00000000-0000-4000-8000-000000000000' });
    const anonymous = subscribe(app.anonymous(), COMMENT_EVENTS, { documentId: hidden.id });
    subscribers.push(refused, unknown, anonymous);
    await eventually(() => refused.errors.length > 0 && unknown.errors.length > 0 && anonymous.errors.length > 0);
    expect(refused.errors).toEqual(unknown.errors);
    expect(refused.errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(anonymous.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('stops delivering to someone who lost the right to read the document', async () => {
    const space = await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['REFERENT_NUMERIQUE', 'GT_ESC'] });
    const document = await app.createDocument(space);
    const { client: reader, user } = await app.as('REFERENT_NUMERIQUE');
    const { client: writer } = await app.as('GT_ESC');
    const live = await follow(reader, COMMENT_EVENTS, { documentId: document.id });
    await app.dataSource.manager.update('account', { id: user.id }, { role: 'MEMBRE' });
    await writer.ok(CREATE_THREAD, { input: { documentId: document.id, body: 'Confidentiel.' } });
    await eventually(() => live.completed);
    expect(live.received).toEqual([]);
  });

  it('updates the notification counter of a person mentioned', async () => {
    const document = await app.createDocument(await app.createSpace());
    const { client: mentioned, user } = await app.as('REFERENT_TECHNIQUE');
    const { client: writer } = await app.as('GT_ESC');
    const counter = await follow<{ notificationCountChanged: number }>(mentioned, 'subscription { notificationCountChanged }');
    await writer.ok(CREATE_THREAD, { input: { documentId: document.id, body: `@${user.name}, pouvez-vous relire ?` } });
    await eventually(() => counter.received.length === 1);
    expect(counter.received).toEqual([{ notificationCountChanged: 1 }]);
    await mentioned.ok('mutation { markAllNotificationsRead }');
    await eventually(() => counter.received.length === 2);
    expect(counter.received[1]).toEqual({ notificationCountChanged: 0 });
  });

  it('only carries subscriptions, and only opens from Cocon’s own pages', async () => {
    const { client } = await app.as('MEMBRE');
    const query = subscribe(client, '{ me { id } }');
    subscribers.push(query);
    await eventually(() => query.errors.length > 0);
    expect(query.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });

    const status = await new Promise<number>((resolve) => {
      const socket = new WebSocket(`${app.url.replace(/^http/, 'ws')}/graphql/ws`, 'graphql-transport-ws', {
        headers: { origin: 'https://ailleurs.example', cookie: client.sessionCookie! },
      });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('open', () => resolve(101));
    });
    expect(status).toBe(403);
  });
});

const realServices = process.env.DATABASE_URL && process.env.REDIS_URL ? describe : describe.skip;

realServices('two instances on one PostgreSQL and Redis', () => {
  it('deliver a comment written on one instance to a reader connected to the other', async () => {
    const database = await createTestDatabase();
    const config = (extra: Record<string, string>) =>
      loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'true', REDIS_URL: process.env.REDIS_URL, ...database.env, ...extra });
    const first = await startApp(config({}));
    const second = await startApp(config({ SEED_DEMO: 'false' }));
    const subscribers: LiveSubscriber<Event>[] = [];
    try {
      const writer = await new ApiClient(first.url).login('redaction@cocon.test', 'cocon-demo');
      const reader = await new ApiClient(second.url).login('referent@cocon.test', 'cocon-demo');
      const { spaces } = await writer.ok('{ spaces { slug documents { id } } }');
      const documentId = spaces.find((space: { slug: string }) => space.slug === 'acte-3').documents[0].id;
      const live = subscribe<Event>(reader, COMMENT_EVENTS, { documentId });
      subscribers.push(live);
      await live.ready;
      await writer.ok(CREATE_THREAD, { input: { documentId, body: 'Écrit sur la première instance.' } });
      await eventually(() => live.received.length === 1);
      expect(live.received[0].commentEvents.thread!.comments[0].body).toBe('Écrit sur la première instance.');
    } finally {
      await Promise.all(subscribers.map((subscriber) => subscriber.stop()));
      await first.close();
      await second.close();
      await database.drop();
    }
  });
});
