import net from 'node:net';
import { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';

interface ReceivedMail {
  to: string[];
  /** The raw message as sent after DATA (headers and encoded body). */
  raw: string;
}

/** Just enough of an SMTP server to receive what Cocon sends: no TLS, no authentication. */
class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private readonly server = net.createServer((socket) => this.converse(socket));

  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as net.AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private converse(socket: net.Socket) {
    let buffer = '';
    let mail: ReceivedMail = { to: [], raw: '' };
    let inData = false;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink.test ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            this.received.push(mail);
            mail = { to: [], raw: '' };
            reply('250 OK');
          } else {
            // Undo dot-stuffing: a line starting with "." was sent with one more.
            mail.raw += `${line.startsWith('.') ? line.slice(1) : line}\r\n`;
          }
          continue;
        }
        switch (line.slice(0, 4).toUpperCase()) {
          case 'EHLO':
          case 'HELO':
            reply('250 sink.test');
            break;
          case 'RCPT': {
            const address = /<(.*)>/.exec(line)?.[1] ?? '';
            // A mailbox that refuses everything, to see what happens when sending fails.
            if (address.startsWith('refuse')) {
              reply('550 No such mailbox');
            } else {
              mail.to.push(address);
              reply('250 OK');
            }
            break;
          }
          case 'DATA':
            inData = true;
            reply('354 End data with <CR><LF>.<CR><LF>');
            break;
          case 'QUIT':
            reply('221 Bye');
            socket.end();
            break;
          case 'MAIL':
          case 'RSET':
          case 'NOOP':
            reply('250 OK');
            break;
          default:
            reply('502 Command not implemented');
        }
      }
    });
    socket.on('error', () => socket.destroy());
  }
}

/** The text of a single-part message, whatever transfer encoding nodemailer chose. */
function textOf(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1].toLowerCase();
  if (encoding === 'base64') return Buffer.from(body, 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => `%${hex}`);
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
  }
  return body;
}

const INVITE = 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { link emailed invitation { status } } }';
const NEW_PASSWORD = 'mon-mot-de-passe-choisi';

describe('links sent by e-mail through SMTP', () => {
  const sink = new SmtpSink();
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
    const mails = sink.received.filter((mail) => mail.to.includes(email));
    expect(mails).toHaveLength(1);
    const text = textOf(mails[0].raw);
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
