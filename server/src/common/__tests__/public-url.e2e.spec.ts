import http from 'node:http';
import { Writable } from 'node:stream';
import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';

const INVITE = 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { link } }';
const RESET_LINK = 'mutation ($userId: ID!) { createPasswordResetLink(userId: $userId) { link } }';
const REQUEST_RESET = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';
const CREATE_THREAD = 'mutation ($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }';
const HOST = 'cocon.centre-social.test:8080';

/** A request as a browser at `host` sends it (fetch would not let us choose the Host header). */
function send(app: TestApp, path: string, host: string, client: ApiClient | null, body?: unknown): Promise<string> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const { port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: payload ? 'POST' : 'GET',
        headers: {
          host,
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...(client?.sessionCookie ? { cookie: client.sessionCookie } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

async function graphqlAt(app: TestApp, host: string, client: ApiClient | null, query: string, variables: Record<string, unknown>) {
  const answer = JSON.parse(await send(app, '/graphql', host, client, { query, variables }));
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

/** The server log, to read the links written there when there is no SMTP server. */
function logLines() {
  const lines: { msg: string; link?: string }[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, destination };
}

describe('links in e-mails and exports, in development without PUBLIC_URL', () => {
  const log = logLines();
  let app: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    app = await TestApp.start({ LOG_LEVEL: 'info' }, { logDestination: log.destination });
    ({ client: admin } = await app.as('ADMIN'));
  });
  afterAll(() => app.stop());

  it('take the address an administrator used for an invitation and a password link', async () => {
    const structure = await app.createStructure();
    const input = { email: 'lea.perrin@exemple.test', name: 'Léa Perrin', role: 'MEMBRE', structureId: structure.id };
    const { inviteUser } = await graphqlAt(app, HOST, admin, INVITE, { input });
    expect(inviteUser.link).toMatch(new RegExp(`^http://${HOST}/invitation/[A-Za-z0-9_-]+$`));

    const user = await app.createUser();
    const { createPasswordResetLink } = await graphqlAt(app, HOST, admin, RESET_LINK, { userId: user.id });
    expect(createPasswordResetLink.link).toMatch(new RegExp(`^http://${HOST}/reinitialiser/[A-Za-z0-9_-]+$`));
  });

  it('take the address of the signed-in person who downloads the comments', async () => {
    const document = await app.createDocument(await app.createSpace());
    await admin.ok(CREATE_THREAD, { input: { documentId: document.id, body: 'Un avis sur le document entier.' } });
    const csv = await send(app, `/api/exports/comments.csv?documentId=${document.id}`, HOST, admin);
    expect(csv).toContain(`http://${HOST}/d/${document.id}/`);
  });

  it('never take the address of an anonymous request: a forged Host cannot send a victim elsewhere', async () => {
    const victim = await app.createUser();
    log.lines.length = 0;
    expect(await graphqlAt(app, 'pirate.example', null, REQUEST_RESET, { email: victim.email })).toEqual({ requestPasswordReset: true });

    const written = log.lines.find((line) => line.link?.includes('/reinitialiser/'));
    expect(written?.link).toMatch(/^http:\/\/localhost:3000\/reinitialiser\//);
  });
});

describe('links in production without PUBLIC_URL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ NODE_ENV: 'production' });
  });
  afterAll(() => app.stop());

  it('never come from the request, even an administrator’s', async () => {
    const { client: admin } = await app.as('ADMIN');
    const user = await app.createUser();
    const { createPasswordResetLink } = await graphqlAt(app, HOST, admin, RESET_LINK, { userId: user.id });
    expect(createPasswordResetLink.link).toMatch(/^http:\/\/localhost:3000\/reinitialiser\//);
  });
});
