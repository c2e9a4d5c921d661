import { ApiClient } from '../../../test/api-client';
import { PASSWORD, TestApp } from '../../../test/test-app';

const ME = '{ me { id email name role structure { id name } } }';
const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }';
const LOGOUT = 'mutation { logout }';
const CHANGE_PASSWORD = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
const GENERIC_FAILURE = 'Adresse e-mail ou mot de passe incorrect.';

/*
 * Every failed login of this file comes from 127.0.0.1, which may fail 20 times before it is slowed down (see
 * login-protection.e2e.spec.ts): the tests below fail 12 times in all.
 */
describe('logging in and out', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.stop());

  /** A request carrying a cookie saved earlier, as a browser that kept it would send it. */
  async function meWithCookie(cookie: string): Promise<unknown> {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    return ((await response.json()) as { data: { me: unknown } }).data.me;
  }

  const loggedIn = (email: string, password = PASSWORD) => new ApiClient(app.url).login(email, password);

  it('sets an HttpOnly, SameSite=Lax session cookie, after which `me` is the person with their structure and role', async () => {
    const structure = await app.createStructure({ name: 'Centre social des Champs' });
    const user = await app.createUser({ role: 'REFERENT_NUMERIQUE', structureId: structure.id });
    const client = app.anonymous();

    const response = await client.post({ query: LOGIN, variables: { email: user.email, password: PASSWORD } });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^cocon_session=[^;]+;/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);

    expect(await client.ok(ME)).toEqual({
      me: {
        id: user.id,
        email: user.email,
        name: user.name,
        role: 'REFERENT_NUMERIQUE',
        structure: { id: structure.id, name: 'Centre social des Champs' },
      },
    });
  });

  it('answers a wrong password and an unknown e-mail with the same French message', async () => {
    const user = await app.createUser();
    const wrongPassword = await app.anonymous().fails(LOGIN, { email: user.email, password: 'pas-le-bon-mot-de-passe' });
    const unknownEmail = await app.anonymous().fails(LOGIN, { email: 'personne-inconnue@exemple.test', password: PASSWORD });

    expect(wrongPassword).toEqual(unknownEmail);
    expect(wrongPassword.message).toBe(GENERIC_FAILURE);
    expect(wrongPassword.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('takes about as long for an unknown e-mail as for a wrong password, so it does not reveal who has an account', async () => {
    const user = await app.createUser();
    const durations = { known: [] as number[], unknown: [] as number[] };
    const timeFailure = async (kind: 'known' | 'unknown', email: string) => {
      const started = performance.now();
      const error = await app.anonymous().fails(LOGIN, { email, password: 'pas-le-bon-mot-de-passe' });
      durations[kind].push(performance.now() - started);
      expect(error.message).toBe(GENERIC_FAILURE);
    };
    for (let round = 0; round < 4; round++) {
      await timeFailure('known', user.email);
      await timeFailure('unknown', `inconnu-${round}@exemple.test`);
    }

    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    expect(median(durations.unknown)).toBeGreaterThanOrEqual(0.5 * median(durations.known));
  });

  it('finds the account whatever the case and surrounding spaces of the e-mail typed', async () => {
    const user = await app.createUser({ email: 'camille.martin@exemple.test' });
    const client = await loggedIn('  Camille.MARTIN@Exemple.test ');
    expect(await client.ok('{ me { id } }')).toEqual({ me: { id: user.id } });
  });

  it('refuses a disabled account, even with the right password', async () => {
    const user = await app.createUser({ disabledAt: new Date() });
    const client = app.anonymous();
    const error = await client.fails(LOGIN, { email: user.email, password: PASSWORD });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(GENERIC_FAILURE);
    expect(await client.ok('{ me { id } }')).toEqual({ me: null });
  });

  it('refuses a person who was invited but has not chosen a password yet', async () => {
    const user = await app.createUser({ passwordHash: null });
    const error = await app.anonymous().fails(LOGIN, { email: user.email, password: PASSWORD });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(GENERIC_FAILURE);
  });

  it('ends the session on logout: the old cookie no longer opens `me`', async () => {
    const user = await app.createUser();
    const client = await loggedIn(user.email);
    const cookie = client.sessionCookie ?? '';
    expect(await meWithCookie(cookie)).toEqual({ id: user.id });

    expect(await client.ok(LOGOUT)).toEqual({ logout: true });
    expect(await client.ok('{ me { id } }')).toEqual({ me: null });
    expect(await meWithCookie(cookie)).toBeNull();
  });

  describe('changing one’s password', () => {
    it('refuses a wrong current password, naming the field, and keeps the old password', async () => {
      const user = await app.createUser();
      const client = await loggedIn(user.email);
      const error = await client.fails(CHANGE_PASSWORD, {
        input: { currentPassword: 'pas-le-bon-mot-de-passe', newPassword: 'un-nouveau-mot-de-passe' },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      expect(error.message).toMatch(/mot de passe actuel est incorrect/);
      await loggedIn(user.email, PASSWORD);
    });

    it('refuses a new password that is too short, naming the field', async () => {
      const user = await app.createUser();
      const client = await loggedIn(user.email);
      const error = await client.fails(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'court' } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
      expect(error.message).toMatch(/au moins 10 caractères/);
      await loggedIn(user.email, PASSWORD);
    });

    it('closes the person’s other sessions but keeps the current one', async () => {
      const user = await app.createUser();
      const here = await loggedIn(user.email);
      const elsewhere = await loggedIn(user.email);
      const newPassword = 'un-nouveau-mot-de-passe';

      expect(await here.ok(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword } })).toEqual({ changePassword: true });
      expect(await here.ok('{ me { id } }')).toEqual({ me: { id: user.id } });
      expect(await elsewhere.ok('{ me { id } }')).toEqual({ me: null });
      expect(await (await loggedIn(user.email, newPassword)).ok('{ me { id } }')).toEqual({ me: { id: user.id } });
    });
  });
});
