import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { CREATE_THREAD, EDIT, REPLY, RESOLVE, THREADS } from '../../comments/__tests__/comment-helpers';

const NOTIFICATIONS = `query ($after: ID) { notifications(first: 2, after: $after) { unreadCount hasMore
  items { id kind summary link readAt excerpt commentText actor { name } actorStructure { shortName } structure { shortName } document { title } } } }`;

describe('mentions and notifications', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.stop());

  const page = async (client: ApiClient, after?: string) => (await client.ok(NOTIFICATIONS, { after })).notifications;

  it('tells a person mentioned by name, accents and case aside, with a link to the discussion', async () => {
    const space = await app.createSpace();
    const document = await app.createDocument(space, { title: 'Forces et faiblesses' });
    const structure = await app.createStructure({ shortName: 'Ville' });
    const { client: author, user: authorUser } = await app.as('GT_ESC', { name: 'Sophie Lemoine', structureId: structure.id });
    const { client: mentioned, user } = await app.as('REFERENT_NUMERIQUE', { name: 'Hélène Le Gall' });
    const { createThread } = await author.ok(CREATE_THREAD, { input: { documentId: document.id, body: 'Merci @helene le gall, qu’en pense ton équipe ?' } });
    expect(createThread.mentionWarnings).toEqual([]);
    expect(createThread.thread.comments[0].mentions).toEqual([{ kind: 'PERSON', id: user.id, offset: 6, length: 15 }]);

    const { unreadCount, items } = await page(mentioned);
    expect(unreadCount).toBe(1);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'MENTION',
        summary: 'Sophie Lemoine (Ville) vous mentionne dans «\u202fForces et faiblesses\u202f»',
        link: `/d/${document.id}/${document.slug}?discussion=${createThread.thread.id}`,
        commentText: 'Merci @helene le gall, qu’en pense ton équipe ?',
        actor: { name: authorUser.name },
        readAt: null,
      }),
    ]);
    await mentioned.ok('mutation ($id: ID!) { markNotificationRead(id: $id) { readAt } }', { id: items[0].id });
    expect((await page(mentioned)).unreadCount).toBe(0);
    expect((await author.ok('{ unreadNotificationCount }')).unreadNotificationCount).toBe(0);
  });

  it('tells every member of a mentioned structure who can read the document, and the author who could not be told', async () => {
    const caf = await app.createStructure({ shortName: 'CAF', name: 'CAF d’Ille-et-Vilaine' });
    const space = await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['GT_ESC', 'REFERENT_NUMERIQUE'] });
    const document = await app.createDocument(space);
    const { client: reader } = await app.as('REFERENT_NUMERIQUE', { structureId: caf.id });
    const { client: outsider, user: outsiderUser } = await app.as('MEMBRE', { structureId: caf.id, name: 'Noé Tual' });
    const { client: author } = await app.as('GT_ESC');

    const { createThread } = await author.ok(CREATE_THREAD, {
      input: { documentId: document.id, body: '@CAF pouvez-vous relire ? @Noé Tual aussi.' },
    });
    expect(createThread.mentionWarnings).toEqual([
      '1 personne de la structure CAF ne peut pas lire ce document et n’a pas été prévenue.',
      'Noé Tual ne peut pas lire ce document : cette personne n’a pas été prévenue.',
    ]);
    expect((await page(reader)).items.map((item: { kind: string; structure: unknown }) => [item.kind, item.structure])).toEqual([
      ['STRUCTURE_MENTION', { shortName: 'CAF' }],
    ]);
    expect((await page(outsider)).unreadCount).toBe(0);
    expect(await app.dataSource.query('SELECT count(*)::int AS n FROM notification WHERE "recipientId" = $1', [outsiderUser.id])).toEqual([{ n: 0 }]);

    // A structure whose members all cannot read: the author is told nobody was.
    const empty = await app.createStructure({ shortName: 'Clés du clic' });
    await app.createUser({ structureId: empty.id, role: 'MEMBRE' });
    const { replyToThread } = await author.ok(REPLY, { input: { threadId: createThread.thread.id, body: 'Et @Clés du clic ?' } });
    expect(replyToThread.mentionWarnings).toEqual(['Personne de la structure Clés du clic ne peut lire ce document : personne n’a été prévenu.']);
  });

  it('tells participants of replies and resolutions, following their settings; never the person who acted', async () => {
    const document = await app.createDocument(await app.createSpace());
    const { client: opener } = await app.as('MEMBRE');
    const { client: replier } = await app.as('REFERENT_TECHNIQUE');
    const { client: editor } = await app.as('GROUPE_NUMERIQUE');
    const { createThread } = await opener.ok(CREATE_THREAD, { input: { documentId: document.id, body: 'Une question.' } });
    await replier.ok(REPLY, { input: { threadId: createThread.thread.id, body: 'Une réponse.' } });
    expect((await page(opener)).items.map((item: { kind: string }) => item.kind)).toEqual(['REPLY']);
    expect((await page(replier)).unreadCount).toBe(0);

    await replier.ok('mutation ($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { threadActivity } }', {
      input: { threadActivity: false },
    });
    await editor.ok(RESOLVE, { id: createThread.thread.id });
    expect((await page(opener)).items.map((item: { kind: string }) => item.kind)).toEqual(['RESOLVED', 'REPLY']);
    expect((await page(replier)).unreadCount).toBe(0);
    expect((await replier.ok('{ notificationSettings { structureMentions threadActivity emailDigest emailAvailable } }')).notificationSettings).toEqual({
      structureMentions: true,
      threadActivity: false,
      emailDigest: true,
      emailAvailable: false,
    });
  });

  it('tells only the people newly mentioned when a comment is edited', async () => {
    const document = await app.createDocument(await app.createSpace());
    const { client: first, user: firstUser } = await app.as('MEMBRE');
    const { client: second, user: secondUser } = await app.as('MEMBRE');
    const { client: author } = await app.as('GT_ESC');
    const { createThread } = await author.ok(CREATE_THREAD, { input: { documentId: document.id, body: `Pour @${firstUser.name}` } });
    await author.ok(EDIT, { input: { id: createThread.comment.id, body: `Pour @${firstUser.name} et @${secondUser.name}` } });
    expect((await page(first)).unreadCount).toBe(1);
    expect((await page(second)).unreadCount).toBe(1);
  });

  it('tells only the person picked from the list among namesakes, and tells the author when a shared name was typed', async () => {
    const document = await app.createDocument(await app.createSpace());
    const { client: atCaf, user: fromCaf } = await app.as('MEMBRE', { name: 'Marie Martin' });
    const { client: atCcas, user: fromCcas } = await app.as('MEMBRE', { name: 'Marie Martin' });
    const { client: author } = await app.as('GT_ESC');

    const { createThread } = await author.ok(CREATE_THREAD, {
      input: { documentId: document.id, body: 'Merci @Marie Martin pour la relecture.', chosenPeople: [fromCcas.id] },
    });
    expect(createThread.mentionWarnings).toEqual([]);
    expect(createThread.thread.comments[0].mentions).toEqual([{ kind: 'PERSON', id: fromCcas.id, offset: 6, length: 13 }]);
    expect([(await page(atCcas)).unreadCount, (await page(atCaf)).unreadCount]).toEqual([1, 0]);

    // Edited without picking again, the comment still names the one picked.
    await author.ok(EDIT, { input: { id: createThread.comment.id, body: 'Merci @Marie Martin pour la relecture attentive.' } });
    expect((await page(atCaf)).unreadCount).toBe(0);

    const { replyToThread } = await author.ok(REPLY, { input: { threadId: createThread.thread.id, body: '@marie martin, une dernière chose.' } });
    expect(replyToThread.mentionWarnings).toEqual([
      'Plusieurs personnes s’appellent Marie Martin : toutes celles qui peuvent lire ce document sont prévenues. Pour n’en prévenir qu’une, choisissez-la dans la liste qui s’ouvre après « @ ».',
    ]);
    expect([(await page(atCcas)).unreadCount, (await page(atCaf)).unreadCount]).toEqual([2, 1]);
    expect(fromCaf.id).not.toBe(fromCcas.id);

    const malformed = await author.fails(REPLY, { input: { threadId: createThread.thread.id, body: 'Et @Marie Martin ?', chosenPeople: ['marie'] } });
    expect(malformed).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'chosenPeople' },
      message: 'Une des personnes choisies après « @ » est inconnue.',
    });
    const gone = await app.createUser({ name: 'Marie Martin', disabledAt: new Date() });
    const disabled = await author.fails(REPLY, { input: { threadId: createThread.thread.id, body: 'Et @Marie Martin ?', chosenPeople: [gone.id] } });
    expect(disabled).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'chosenPeople' } });
    expect(disabled.message).toMatch(/n’a pas de compte actif/);
    expect((await author.ok(THREADS, { documentId: document.id })).commentThreads[0].commentCount).toBe(2);
  });

  it('pages through notifications, and hides those about a document the person can no longer read', async () => {
    const space = await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['REFERENT_NUMERIQUE'] });
    const document = await app.createDocument(space);
    const { client: reader, user } = await app.as('REFERENT_NUMERIQUE');
    const { client: author } = await app.as('ADMIN');
    for (const word of ['un', 'deux', 'trois']) await author.ok(CREATE_THREAD, { input: { documentId: document.id, body: `@${user.name} ${word}` } });
    const firstPage = await page(reader);
    expect(firstPage).toMatchObject({ unreadCount: 3, hasMore: true });
    expect(firstPage.items.map((item: { commentText: string }) => item.commentText)).toEqual([`@${user.name} trois`, `@${user.name} deux`]);
    const secondPage = await page(reader, firstPage.items[1].id);
    expect(secondPage).toMatchObject({ hasMore: false, items: [expect.objectContaining({ commentText: `@${user.name} un` })] });

    await app.dataSource.manager.update('space', { id: space.id }, { allowedRoles: [] });
    expect(await page(reader)).toEqual({ unreadCount: 0, hasMore: false, items: [] });
  });

  it('refuses to mark read someone else’s notification, as if it did not exist', async () => {
    const document = await app.createDocument(await app.createSpace());
    const { client: owner, user } = await app.as('MEMBRE');
    const { client: other } = await app.as('MEMBRE');
    await (await app.as('GT_ESC')).client.ok(CREATE_THREAD, { input: { documentId: document.id, body: `@${user.name} ?` } });
    const [notification] = (await page(owner)).items;
    const error = await other.fails('mutation ($id: ID!) { markNotificationRead(id: $id) { id } }', { id: notification.id });
    expect(error).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'Cette notification n’existe pas.' });
    expect((await page(owner)).unreadCount).toBe(1);
  });
});
