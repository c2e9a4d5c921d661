import { StatementCounter } from '../../../test/statement-counter';
import { PASSWORD, TestApp } from '../../../test/test-app';
import { ApiClient } from '../../../test/api-client';
import { User } from '../../users/user.entity';
import { Session } from '../session.entity';

const USERS = '{ users { id lastSeenAt } }';
const lastSeenOf = async (admin: ApiClient, id: string): Promise<string | null> =>
  (await admin.ok(USERS)).users.find((user: { id: string }) => user.id === id).lastSeenAt;

describe('sessions', () => {
  let app: TestApp;
  let counter: StatementCounter;
  let admin: ApiClient;
  beforeAll(async () => {
    app = await TestApp.start();
    counter = StatementCounter.attach(app);
    ({ client: admin } = await app.as('ADMIN'));
  });
  afterAll(() => app.stop());

  it('writes the last visit at login: the accounts page never says « Jamais » of someone who just came', async () => {
    const user = await app.createUser();
    expect(await lastSeenOf(admin, user.id)).toBeNull();
    const before = Date.now();
    await new ApiClient(app.url).login(user.email, PASSWORD);

    const lastSeen = await lastSeenOf(admin, user.id);
    expect(new Date(lastSeen!).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('finds the session and its person in one statement per request', async () => {
    const { client, user } = await app.as('MEMBRE');
    const { data, statements } = await counter.graphql(client, '{ me { id } }');
    expect(data).toEqual({ me: { id: user.id } });
    expect(statements).toHaveLength(1);
  });

  it('writes the last visit again after 5 minutes, in one more statement', async () => {
    const { client, user } = await app.as('MEMBRE');
    const sixMinutesAgo = new Date(Date.now() - 6 * 60_000);
    await app.dataSource.manager.update(Session, { userId: user.id }, { lastSeenAt: sixMinutesAgo });
    await app.dataSource.manager.update(User, { id: user.id }, { lastSeenAt: sixMinutesAgo });

    const { statements } = await counter.graphql(client, '{ me { id } }');
    expect(statements).toHaveLength(2);
    expect(new Date((await lastSeenOf(admin, user.id))!).getTime()).toBeGreaterThan(sixMinutesAgo.getTime() + 5 * 60_000);
    // Written: the next request is back to one statement.
    expect((await counter.graphql(client, '{ me { id } }')).statements).toHaveLength(1);
  });

  it('ends the sessions of a disabled account at its next request', async () => {
    const { client, user } = await app.as('MEMBRE');
    await admin.ok('mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }', { input: { id: user.id, disabled: true } });
    expect(await client.ok('{ me { id } }')).toEqual({ me: null });
  });

  it('refuses a session past its expiry', async () => {
    const { client, user } = await app.as('MEMBRE');
    await app.dataSource.manager.update(Session, { userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(await client.ok('{ me { id } }')).toEqual({ me: null });
  });
});
