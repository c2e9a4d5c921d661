import type { ApiClient } from '../../../test/api-client';
import { readMail, SmtpSink } from '../../../test/smtp-sink';
import { TestApp } from '../../../test/test-app';
import { CREATE_THREAD, REPLY } from '../../comments/__tests__/comment-helpers';
import { Clock } from '../../common/clock';
import { NotificationDigestService } from '../notification-digest.service';

const MINUTE = 60_000;

describe('the e-mail digest of notifications', () => {
  const sink = new SmtpSink();
  let app: TestApp;
  let now: Date;
  let digests: NotificationDigestService;
  let author: ApiClient;

  beforeAll(async () => {
    const port = await sink.start();
    app = await TestApp.start({ SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL: 'https://cocon.example' });
    now = new Date('2026-11-23T13:30:00Z');
    // Time stands still unless a test moves it: the digest's 15 minutes are counted on this clock.
    jest.spyOn(app.running.app.get(Clock), 'now').mockImplementation(() => new Date(now));
    digests = app.running.app.get(NotificationDigestService);
    ({ client: author } = await app.as('GT_ESC', { name: 'Sophie Lemoine' }));
  });
  afterAll(async () => {
    await app.stop();
    await sink.stop();
  });

  const later = (minutes: number) => (now = new Date(now.getTime() + minutes * MINUTE));

  it('sends what is unread in one e-mail, then at most one every 15 minutes', async () => {
    const document = await app.createDocument(await app.createSpace(), { title: 'Socle commun V3' });
    const { user } = await app.as('REFERENT_NUMERIQUE', { name: 'Amina Diallo' });
    const { createThread } = await author.ok(CREATE_THREAD, { input: { documentId: document.id, body: `@${user.name}, votre avis ?` } });
    await author.ok(CREATE_THREAD, { input: { documentId: document.id, body: `Et ici aussi @${user.name}.` } });

    expect(await digests.sendDue()).toBe(1);
    const [mail] = sink.to(user.email);
    const { subject, text } = readMail(mail.raw);
    expect(subject).toBe('Cocon : 2 nouveautés dans les discussions');
    expect(text).toContain('Bonjour Amina Diallo,');
    expect(text).toContain('— Sophie Lemoine (');
    expect(text).toContain('vous mentionne dans «\u202fSocle commun V3\u202f»');
    expect(text).toContain(`«\u202f@${user.name}, votre avis ?\u202f»`);
    expect(text).toContain(`https://cocon.example/d/${document.id}/${document.slug}?discussion=${createThread.thread.id}`);
    expect(text).toContain('au plus toutes les 15 minutes');

    // A new mention 5 minutes later waits for the 15 minutes to pass; nothing is sent twice.
    later(5);
    await author.ok(REPLY, { input: { threadId: createThread.thread.id, body: `Relance, @${user.name}.` } });
    expect(await digests.sendDue()).toBe(0);
    later(9);
    expect(await digests.sendDue()).toBe(0);
    later(1);
    expect(await digests.sendDue()).toBe(1);
    const mails = sink.to(user.email);
    expect(mails).toHaveLength(2);
    expect(readMail(mails[1].raw).text).toContain(`«\u202fRelance, @${user.name}.\u202f»`);
    expect(readMail(mails[1].raw).text).not.toContain('votre avis');
    later(30);
    expect(await digests.sendDue()).toBe(0);
  });

  it('leaves out what was read in Cocon, and people who turned the digest off', async () => {
    const document = await app.createDocument(await app.createSpace());
    const { client: reader, user: readerUser } = await app.as('MEMBRE');
    const { client: quiet, user: quietUser } = await app.as('MEMBRE');
    await quiet.ok('mutation { updateNotificationSettings(input: { emailDigest: false }) { emailDigest } }');
    await author.ok(CREATE_THREAD, { input: { documentId: document.id, body: `@${readerUser.name} et @${quietUser.name}` } });
    await reader.ok('mutation { markAllNotificationsRead }');
    later(1);
    expect(await digests.sendDue()).toBe(0);
    expect(sink.to(readerUser.email)).toEqual([]);
    expect(sink.to(quietUser.email)).toEqual([]);
  });

  it('tries again at the next round when the e-mail could not be sent', async () => {
    const document = await app.createDocument(await app.createSpace());
    const { user } = await app.as('MEMBRE');
    await author.ok(CREATE_THREAD, { input: { documentId: document.id, body: `@${user.name} ?` } });
    sink.refuses = () => true;
    try {
      expect(await digests.sendDue()).toBe(0);
    } finally {
      sink.refuses = () => false;
    }
    later(1);
    expect(await digests.sendDue()).toBe(1);
    expect(sink.to(user.email)).toHaveLength(1);
  });
});
