import { randomUUID } from 'node:crypto';
import { ApiClient } from '../../../test/api-client';
import { PASSWORD, TestApp } from '../../../test/test-app';
import { User } from '../../users/user.entity';
import { AuthToken } from '../auth-token.entity';

const INVITE = `mutation ($input: InviteUserInput!) {
  inviteUser(input: $input) { link emailed invitation { id email status } }
}`;
const TOKEN_INFO = 'query ($token: String!) { tokenInfo(token: $token) { email name kind } }';
const ACCEPT = 'mutation ($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { id } }';
const RESET = 'mutation ($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { id } }';
const RESET_LINK = 'mutation ($userId: ID!) { createPasswordResetLink(userId: $userId) { link emailed invitation { id } } }';
const REQUEST_RESET = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';
const NEW_PASSWORD = 'mon-mot-de-passe-choisi';

/** The secret at the end of a link such as http://…/invitation/<secret>. */
function secretOf(link: string | null, route: 'invitation' | 'reinitialiser'): string {
  const match = new RegExp(`/${route}/([A-Za-z0-9_-]+)$`).exec(link ?? '');
  if (!match) throw new Error(`Not a ${route} link: ${link}`);
  return match[1];
}

describe('invitation and password reset links', () => {
  let app: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    app = await TestApp.start();
    ({ client: admin } = await app.as('ADMIN'));
  });
  afterAll(() => app.stop());

  let counter = 0;
  async function invite(fields: Partial<{ email: string; name: string; role: string; structureId: string }> = {}) {
    const structureId = fields.structureId ?? (await app.createStructure()).id;
    const input = { email: `invitee-${counter++}@exemple.test`, name: 'Dominique Invitée', role: 'MEMBRE', structureId, ...fields };
    const { inviteUser } = await admin.ok(INVITE, { input });
    return { ...inviteUser, email: input.email, token: secretOf(inviteUser.link, 'invitation') };
  }

  const meOf = async (client: ApiClient) => (await client.ok('{ me { id email } }')).me;
  const tokenCount = () => app.dataSource.manager.count(AuthToken);

  it('without SMTP, gives the admin the link; the account is pending and the link shows who it is for', async () => {
    const result = await invite({ email: 'Alix.Durand@Exemple.test', name: 'Alix Durand' });
    expect(result.emailed).toBe(false);
    expect(result.link).toMatch(/^http.*\/invitation\/[A-Za-z0-9_-]{20,}$/);
    expect(result.invitation).toMatchObject({ email: 'alix.durand@exemple.test', status: 'PENDING' });

    const { users } = await admin.ok('{ users { email invitationPending } }');
    expect(users).toContainEqual({ email: 'alix.durand@exemple.test', invitationPending: true });
    expect(await app.anonymous().ok(TOKEN_INFO, { token: result.token })).toEqual({
      tokenInfo: { email: 'alix.durand@exemple.test', name: 'Alix Durand', kind: 'INVITATION' },
    });
  });

  it('lets the invited person choose a password and be logged in, once only', async () => {
    const { token, email } = await invite();
    const visitor = app.anonymous();
    await visitor.ok(ACCEPT, { token, password: NEW_PASSWORD });
    expect(await meOf(visitor)).toMatchObject({ email });
    await new ApiClient(app.url).login(email, NEW_PASSWORD);

    const error = await app.anonymous().fails(ACCEPT, { token, password: 'un-autre-mot-de-passe' });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/déjà été utilisé/);
    const { users } = await admin.ok('{ users { email invitationPending } }');
    expect(users).toContainEqual({ email, invitationPending: false });
  });

  it('refuses an expired invitation, saying so', async () => {
    const { token, invitation } = await invite();
    await app.dataSource.manager.update(AuthToken, { id: invitation.id }, { expiresAt: new Date(Date.now() - 60_000) });

    const accepted = await app.anonymous().fails(ACCEPT, { token, password: NEW_PASSWORD });
    const inspected = await app.anonymous().fails(TOKEN_INFO, { token });
    for (const error of [accepted, inspected]) {
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/expiré/);
    }
    const { invitations } = await admin.ok('{ invitations { id status } }');
    expect(invitations).toContainEqual({ id: invitation.id, status: 'EXPIRED' });
  });

  it('refuses a revoked invitation', async () => {
    const { token, invitation, email } = await invite();
    const { revokeInvitation } = await admin.ok('mutation ($id: ID!) { revokeInvitation(id: $id) { status } }', { id: invitation.id });
    expect(revokeInvitation.status).toBe('REVOKED');

    const visitor = app.anonymous();
    const error = await visitor.fails(ACCEPT, { token, password: NEW_PASSWORD });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/n’est pas valide/);
    expect(await meOf(visitor)).toBeNull();
    expect((await app.dataSource.manager.findOneByOrFail(User, { email })).passwordHash).toBeNull();
  });

  it('refuses to invite an e-mail that already has an account (whatever its case), writing nothing', async () => {
    const existing = await app.createUser();
    const tokensBefore = await tokenCount();
    const structureId = (await app.createStructure()).id;
    const error = await admin.fails(INVITE, {
      input: { email: existing.email.toUpperCase(), name: 'Un doublon', role: 'MEMBRE', structureId },
    });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(error.message).toMatch(/existe déjà/);
    expect(await app.dataSource.manager.countBy(User, { email: existing.email })).toBe(1);
    expect(await app.dataSource.manager.findOneByOrFail(User, { email: existing.email })).toMatchObject({ name: existing.name });
    expect(await tokenCount()).toBe(tokensBefore);
  });

  it('refuses an invitation to an unknown structure, writing nothing', async () => {
    const tokensBefore = await tokenCount();
    const email = 'sans-structure@exemple.test';
    const error = await admin.fails(INVITE, { input: { email, name: 'Sans structure', role: 'MEMBRE', structureId: randomUUID() } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'structureId' });
    expect(error.message).toMatch(/structure est inconnue/);
    expect(await app.dataSource.manager.countBy(User, { email })).toBe(0);
    expect(await tokenCount()).toBe(tokensBefore);
  });

  it('does not accept an invitation link as a password reset link, and the invitation still works afterwards', async () => {
    const { token, email } = await invite();
    const error = await app.anonymous().fails(RESET, { token, password: NEW_PASSWORD });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/n’est pas valide/);
    expect((await app.dataSource.manager.findOneByOrFail(User, { email })).passwordHash).toBeNull();

    await app.anonymous().ok(ACCEPT, { token, password: NEW_PASSWORD });
  });

  describe('a reset link created by an admin', () => {
    it('lets the person choose a new password, logs them in and ends their other sessions', async () => {
      const user = await app.createUser();
      const elsewhere = await new ApiClient(app.url).login(user.email, PASSWORD);
      const { createPasswordResetLink: result } = await admin.ok(RESET_LINK, { userId: user.id });
      expect(result).toMatchObject({ emailed: false, invitation: null });
      const token = secretOf(result.link, 'reinitialiser');
      expect((await app.anonymous().ok(TOKEN_INFO, { token })).tokenInfo.kind).toBe('PASSWORD_RESET');

      const visitor = app.anonymous();
      await visitor.ok(RESET, { token, password: NEW_PASSWORD });
      expect(await meOf(visitor)).toMatchObject({ id: user.id });
      expect(await meOf(elsewhere)).toBeNull();
      await new ApiClient(app.url).login(user.email, NEW_PASSWORD);
    });

    it('cannot be used to accept an invitation', async () => {
      const user = await app.createUser();
      const { createPasswordResetLink: result } = await admin.ok(RESET_LINK, { userId: user.id });
      const token = secretOf(result.link, 'reinitialiser');
      const error = await app.anonymous().fails(ACCEPT, { token, password: NEW_PASSWORD });
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/n’est pas valide/);
      await new ApiClient(app.url).login(user.email, PASSWORD);
    });

    it('refuses a new password that is too short, naming the field, and leaves the link usable', async () => {
      const user = await app.createUser();
      const { createPasswordResetLink: result } = await admin.ok(RESET_LINK, { userId: user.id });
      const token = secretOf(result.link, 'reinitialiser');
      const error = await app.anonymous().fails(RESET, { token, password: 'court' });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
      expect(error.message).toMatch(/au moins 10 caractères/);
      await app.anonymous().ok(RESET, { token, password: NEW_PASSWORD });
    });
  });

  it('answers a reset request with true whether the e-mail has an account or not', async () => {
    const user = await app.createUser();
    const resetLinks = () => app.dataSource.manager.countBy(AuthToken, { kind: 'PASSWORD_RESET', userId: user.id });

    expect(await app.anonymous().ok(REQUEST_RESET, { email: 'personne-inconnue@exemple.test' })).toEqual({ requestPasswordReset: true });
    expect(await app.anonymous().ok(REQUEST_RESET, { email: ` ${user.email.toUpperCase()}` })).toEqual({ requestPasswordReset: true });
    // Same answer, but only the real account got a link.
    expect(await resetLinks()).toBe(1);
  });

  it('keeps links for admins: the public can neither invite nor create reset links', async () => {
    const user = await app.createUser();
    const structureId = (await app.createStructure()).id;
    const input = { email: 'intrus@exemple.test', name: 'Intrus', role: 'ADMIN', structureId };
    expect((await app.anonymous().fails(INVITE, { input })).extensions.code).toBe('UNAUTHENTICATED');
    const { client: member } = await app.as('GT_ESC');
    expect((await member.fails(INVITE, { input })).extensions.code).toBe('FORBIDDEN');
    expect((await member.fails(RESET_LINK, { userId: user.id })).extensions.code).toBe('FORBIDDEN');
    expect(await app.dataSource.manager.countBy(User, { email: input.email })).toBe(0);
  });
});
