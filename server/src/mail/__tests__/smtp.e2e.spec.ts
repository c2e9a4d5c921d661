import { ApiClient } from '../../../test/api-client';
import { readMail, SmtpSink } from '../../../test/smtp-sink';
import { TestApp } from '../../../test/test-app';

const INVITE = 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { link emailed invitation { status } } }';
const NEW_PASSWORD = 'mon-mot-de-passe-choisi';

describe('links sent by e-mail through SMTP', () => {
  // A mailbox that refuses everything, to see what happens when sending fails.
  const sink = new SmtpSink((address) => address.startsWith('refuse'));
  let app: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    const port = await sink.start();
    app = await TestApp.start({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    ({ client: admin } = await app.as('ADMIN'));
  });
  afterAll(async () => {
    await app.stop();
    await sink.stop();
  });

  /** The one message received for this address, and the secret of the link it carries. */
  function mailTo(email: string, route: 'invitation' | 'reinitialiser') {
    const mails = sink.to(email);
    expect(mails).toHaveLength(1);
    const { text } = readMail(mails[0].raw);
    const secret = new RegExp(`/${route}/([A-Za-z0-9_-]+)`).exec(text)?.[1];
    if (!secret) throw new Error(`No /${route}/ link in: ${text}`);
    return { text, secret, raw: mails[0].raw };
  }

  it('e-mails an invitation instead of showing the link, and the link in the e-mail works', async () => {
    const structure = await app.createStructure();
    const email = 'maelle.robin@exemple.test';
    const { inviteUser } = await admin.ok(INVITE, { input: { email, name: 'Maëlle Robin', role: 'MEMBRE', structureId: structure.id } });
    expect(inviteUser).toEqual({ link: null, emailed: true, invitation: { status: 'PENDING' } });

    const { text, secret, raw } = mailTo(email, 'invitation');
    expect(raw).toMatch(/^to:\s*maelle\.robin@exemple\.test/im);
    expect(text).toContain('Bonjour Maëlle Robin');
    expect(text).toMatch(/invité·e à rejoindre Cocon/);

    const visitor = app.anonymous();
    await visitor.ok('mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { id } }', {
      t: secret,
      p: NEW_PASSWORD,
    });
    expect((await visitor.ok('{ me { email } }')).me).toEqual({ email });
  });

  it('gives the admin the link when the e-mail could not be sent', async () => {
    const structure = await app.createStructure();
    const input = { email: 'refuse-tout@exemple.test', name: 'Boîte pleine', role: 'MEMBRE', structureId: structure.id };
    const { inviteUser } = await admin.ok(INVITE, { input });
    expect(inviteUser).toMatchObject({ emailed: false, invitation: { status: 'PENDING' } });
    expect(inviteUser.link).toMatch(/\/invitation\/[A-Za-z0-9_-]+$/);
  });

  it('e-mails a working reset link to a known account that asks for one', async () => {
    const user = await app.createUser({ name: 'Yanis Colin' });
    const { requestPasswordReset } = await app.anonymous().ok('mutation ($e: String!) { requestPasswordReset(email: $e) }', {
      e: user.email,
    });
    expect(requestPasswordReset).toBe(true);

    const { text, secret } = mailTo(user.email, 'reinitialiser');
    expect(text).toContain('Bonjour Yanis Colin');
    expect(text).toMatch(/choisir un nouveau mot de passe/);

    const visitor = app.anonymous();
    await visitor.ok('mutation ($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { id } }', { t: secret, p: NEW_PASSWORD });
    expect((await visitor.ok('{ me { id } }')).me).toEqual({ id: user.id });
    await new ApiClient(app.url).login(user.email, NEW_PASSWORD);
  });

  it('sends nothing when the e-mail has no account, yet answers the same', async () => {
    const before = sink.received.length;
    const { requestPasswordReset } = await app.anonymous().ok('mutation ($e: String!) { requestPasswordReset(email: $e) }', {
      e: 'personne-inconnue@exemple.test',
    });
    expect(requestPasswordReset).toBe(true);
    expect(sink.received).toHaveLength(before);
  });
});
