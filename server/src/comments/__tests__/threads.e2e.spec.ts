import { build } from '@cocon/shared';
import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { openLive, type CollabClient } from '../../collaboration/__tests__/collab-clients';
import type { Space } from '../../spaces/space.entity';
import { anchorOf, CREATE_THREAD, DELETE, EDIT, HIDE, REOPEN, REPLY, RESOLVE, THREADS, UNHIDE } from './comment-helpers';

const text = (body: string) => ({ body });

describe('discussions on a document', () => {
  let app: TestApp;
  let space: Space;
  const clients: CollabClient[] = [];
  beforeAll(async () => {
    app = await TestApp.start();
    space = await app.createSpace({ visibility: 'MEMBERS' });
  });
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));
  afterAll(() => app.stop());

  const document = (
    content = build.doc(
      build.h(2, 'Forces'),
      build.p('Les permanences sont trop peu nombreuses.'),
      build.h(2, 'Faiblesses'),
      build.p('La coordination reste fragile.'),
    ),
  ) => app.createDocument(space, { content });

  it('opens a discussion on a passage, with its chapter, its author, their structure and role', async () => {
    const doc = await document();
    const { client, user } = await app.as('REFERENT_NUMERIQUE');
    const live = await openLive(app.url, client, doc.id, clients);
    const anchor = anchorOf(live.doc, 'coordination reste fragile');
    const { createThread } = await client.ok(CREATE_THREAD, { input: { documentId: doc.id, body: 'Nous pouvons aider à la coordination.', anchor } });
    expect(createThread.thread).toMatchObject({
      excerpt: 'coordination reste fragile',
      chapter: 'Faiblesses',
      textDeleted: false,
      status: 'OPEN',
      canReply: true,
      canResolve: true,
      commentCount: 1,
    });
    expect(createThread.thread.comments[0]).toMatchObject({
      body: 'Nous pouvons aider à la coordination.',
      state: 'VISIBLE',
      role: 'REFERENT_NUMERIQUE',
      author: { id: user.id, name: user.name },
      structure: { id: user.structureId },
      canEdit: true,
      editedAt: null,
    });
    const { commentThreads } = await (await app.as('MEMBRE')).client.ok(THREADS, { documentId: doc.id });
    expect(commentThreads.map((thread: { id: string }) => thread.id)).toEqual([createThread.thread.id]);
    expect(commentThreads[0].comments[0].canEdit).toBe(false);
  });

  it('keeps the structure a comment spoke for when its author later moves to another structure', async () => {
    const doc = await document();
    const { client, user } = await app.as('GROUPE_NUMERIQUE');
    await client.ok(CREATE_THREAD, { input: { documentId: doc.id, ...text('Avis de notre structure.') } });
    const other = await app.createStructure();
    await app.dataSource.manager.update('account', { id: user.id }, { structureId: other.id, role: 'MEMBRE' });
    const { commentThreads } = await client.ok(THREADS, { documentId: doc.id });
    expect(commentThreads[0].comments[0]).toMatchObject({ structure: { id: user.structureId }, role: 'GROUPE_NUMERIQUE' });
  });

  it('lets others reply, the author edit (marked as modified) and delete, leaving « commentaire supprimé » while replies follow', async () => {
    const doc = await document();
    const { client: author } = await app.as('REFERENT_TECHNIQUE');
    const { client: other } = await app.as('MEMBRE');
    const { createThread } = await author.ok(CREATE_THREAD, { input: { documentId: doc.id, ...text('Première version.') } });
    const threadId = createThread.thread.id;
    const { replyToThread } = await other.ok(REPLY, { input: { threadId, ...text('Je réponds.') } });
    expect(replyToThread.thread.comments.map((comment: { body: string }) => comment.body)).toEqual(['Première version.', 'Je réponds.']);

    const { editComment } = await author.ok(EDIT, { input: { id: createThread.comment.id, body: 'Deuxième version.' } });
    expect(editComment.comment.body).toBe('Deuxième version.');
    expect(editComment.comment.editedAt).not.toBeNull();

    const { deleteComment } = await author.ok(DELETE, { id: createThread.comment.id });
    expect(
      deleteComment.thread.comments.map((comment: { state: string; body: string | null; author: unknown }) => [comment.state, comment.body, comment.author]),
    ).toEqual([
      ['DELETED', null, null],
      ['VISIBLE', 'Je réponds.', expect.anything()],
    ]);
    expect(deleteComment.thread.commentCount).toBe(1);

    // The last readable comment goes: so does the discussion, and replying to it is refused.
    const { deleteComment: gone } = await other.ok(DELETE, { id: replyToThread.comment.id });
    expect(gone.thread).toBeNull();
    expect((await other.ok(THREADS, { documentId: doc.id })).commentThreads).toEqual([]);
    const refused = await author.fails(REPLY, { input: { threadId, ...text('Trop tard.') } });
    expect(refused.extensions.code).toBe('NOT_FOUND');
  });

  it('refuses to change or delete someone else’s comment', async () => {
    const doc = await document();
    const { client: author } = await app.as('MEMBRE');
    const { client: other } = await app.as('GT_ESC');
    const { createThread } = await author.ok(CREATE_THREAD, { input: { documentId: doc.id, ...text('Mon avis.') } });
    for (const [query, variables] of [
      [EDIT, { input: { id: createThread.comment.id, body: 'Réécrit par un autre.' } }],
      [DELETE, { id: createThread.comment.id }],
    ] as const) {
      const error = await other.fails(query, variables);
      expect(error).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/Seule la personne qui a écrit/) });
    }
    expect((await author.ok(THREADS, { documentId: doc.id })).commentThreads[0].comments[0].body).toBe('Mon avis.');
  });

  it('lets the thread’s author, and editors of the space, resolve and reopen; not another member', async () => {
    const doc = await document();
    const { client: member } = await app.as('MEMBRE');
    const { client: otherMember } = await app.as('MEMBRE');
    const { client: editor, user: editorUser } = await app.as('GROUPE_NUMERIQUE');
    const { createThread } = await member.ok(CREATE_THREAD, { input: { documentId: doc.id, ...text('À trancher.') } });
    const id = createThread.thread.id;

    const refused = await otherMember.fails(RESOLVE, { id });
    expect(refused.extensions.code).toBe('FORBIDDEN');
    expect((await otherMember.ok(THREADS, { documentId: doc.id })).commentThreads[0]).toMatchObject({ status: 'OPEN', canResolve: false });

    expect((await editor.ok(RESOLVE, { id })).resolveThread).toEqual({ id, status: 'RESOLVED', resolvedBy: { name: editorUser.name } });
    expect((await member.ok(REOPEN, { id })).reopenThread).toEqual({ id, status: 'OPEN' });
    expect((await member.ok(RESOLVE, { id })).resolveThread.status).toBe('RESOLVED');
    // Resolving twice changes nothing.
    expect((await editor.ok(RESOLVE, { id })).resolveThread).toMatchObject({ status: 'RESOLVED', resolvedBy: { name: expect.any(String) } });
  });

  it('filters by status, structure, person, chapter and words, resolved discussions staying searchable', async () => {
    const doc = await document();
    const caf = await app.createStructure({ shortName: 'CAF' });
    const { client: fromCaf, user: cafUser } = await app.as('REFERENT_NUMERIQUE', { structureId: caf.id });
    const { client: other } = await app.as('GT_ESC');
    const live = await openLive(app.url, other, doc.id, clients);
    const onForces = (
      await fromCaf.ok(CREATE_THREAD, {
        input: { documentId: doc.id, body: 'La CAF propose des permanences.', anchor: anchorOf(live.doc, 'permanences sont') },
      })
    ).createThread.thread;
    const onFaiblesses = (
      await other.ok(CREATE_THREAD, { input: { documentId: doc.id, body: 'Réunion mensuelle ?', anchor: anchorOf(live.doc, 'coordination') } })
    ).createThread.thread;
    const whole = (await other.ok(CREATE_THREAD, { input: { documentId: doc.id, body: 'Relu, rien à redire.' } })).createThread.thread;
    await other.ok(REPLY, { input: { threadId: onFaiblesses.id, body: 'Oui, avec le réseau réalité numérique.' } });
    await other.ok(RESOLVE, { id: onFaiblesses.id });

    const ids = async (filter: Record<string, unknown>) =>
      (await other.ok(THREADS, { documentId: doc.id, filter })).commentThreads.map((thread: { id: string }) => thread.id);
    expect(await ids({})).toEqual([whole.id, onForces.id, onFaiblesses.id]);
    expect(await ids({ status: 'OPEN' })).toEqual([whole.id, onForces.id]);
    expect(await ids({ status: 'RESOLVED' })).toEqual([onFaiblesses.id]);
    expect(await ids({ structureIds: [caf.id] })).toEqual([onForces.id]);
    expect(await ids({ authorIds: [cafUser.id] })).toEqual([onForces.id]);
    expect(await ids({ chapter: 'Faiblesses' })).toEqual([onFaiblesses.id]);
    expect(await ids({ chapter: '' })).toEqual([whole.id]);
    // Accents and case aside, in a reply of a resolved discussion.
    expect(await ids({ search: 'REALITE' })).toEqual([onFaiblesses.id]);
    expect(await ids({ search: 'permanences sont' })).toEqual([onForces.id]);
    expect(await ids({ search: '100%' })).toEqual([]);
  });

  it('refuses an empty or overlong comment, and a comment on a document one cannot read, without leaking it', async () => {
    const doc = await document();
    const { client } = await app.as('MEMBRE');
    for (const body of ['', '   ', 'x'.repeat(50_000)]) {
      const error = await client.fails(CREATE_THREAD, { input: { documentId: doc.id, body } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    }
    const restricted = await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['GT_ESC'] });
    const hidden = await app.createDocument(restricted);
    const unknown = await client.fails(CREATE_THREAD, { input: { documentId: '00000000-0000-4000-8000-000000000000', body: 'Bonjour' } });
    const refused = await client.fails(CREATE_THREAD, { input: { documentId: hidden.id, body: 'Bonjour' } });
    expect(refused).toEqual(unknown);
    expect(refused.extensions.code).toBe('NOT_FOUND');
    expect((await app.dataSource.query('SELECT count(*)::int AS n FROM comment WHERE "documentId" = $1', [hidden.id]))[0].n).toBe(0);
    const anonymous = await app.anonymous().fails(THREADS, { documentId: doc.id });
    expect(anonymous.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an anchor that does not point into the document', async () => {
    const doc = await document();
    const { client } = await app.as('MEMBRE');
    const error = await client.fails(CREATE_THREAD, {
      input: { documentId: doc.id, body: 'Ici', anchor: { from: 'pas une position', to: '!!!', excerpt: 'ici' } },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'anchor' });
  });

  it('stores HTML and scripts as the text they are', async () => {
    const doc = await document();
    const { client } = await app.as('MEMBRE');
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      'javascript:alert(1)',
      '{{constructor.constructor("alert(1)")()}}',
    ];
    for (const body of payloads) {
      const { createThread } = await client.ok(CREATE_THREAD, { input: { documentId: doc.id, body } });
      expect(createThread.comment.body).toBe(body);
    }
  });

  it('lets a space keep commenting to chosen roles, administrators always included', async () => {
    const kept = await app.createSpace({ visibility: 'MEMBERS', commentRoles: ['GT_ESC'] });
    const doc = await app.createDocument(kept);
    const { client: member } = await app.as('MEMBRE');
    const refused = await member.fails(CREATE_THREAD, { input: { documentId: doc.id, body: 'Puis-je ?' } });
    expect(refused).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: 'Dans cet espace, seuls ces rôles peuvent commenter : GT ESC.' });
    const { client: gt } = await app.as('GT_ESC');
    const { createThread } = await gt.ok(CREATE_THREAD, { input: { documentId: doc.id, body: 'Le GT ESC commente.' } });
    expect((await member.fails(REPLY, { input: { threadId: createThread.thread.id, body: 'Et moi ?' } })).extensions.code).toBe('FORBIDDEN');
    expect((await member.ok(THREADS, { documentId: doc.id })).commentThreads[0].canReply).toBe(false);
    await (await app.as('ADMIN')).client.ok(REPLY, { input: { threadId: createThread.thread.id, body: 'L’administration aussi.' } });
  });

  it('refuses comments on a trashed document: not found for those who cannot see the trash', async () => {
    const doc = await document();
    await app.dataSource.manager.update('document', { id: doc.id }, { deletedAt: new Date(), trashRootId: doc.id });
    const member = await (await app.as('MEMBRE')).client.fails(CREATE_THREAD, { input: { documentId: doc.id, body: 'Ici ?' } });
    expect(member.extensions.code).toBe('NOT_FOUND');
    const editor = await (await app.as('GROUPE_NUMERIQUE')).client.fails(CREATE_THREAD, { input: { documentId: doc.id, body: 'Ici ?' } });
    expect(editor).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/corbeille/) });
  });

  it('lets moderators hide a comment with a reason kept in the history; others see that it was hidden, not what it said', async () => {
    const doc = await document();
    const { client: author } = await app.as('MEMBRE');
    const { client: reader } = await app.as('REFERENT_NUMERIQUE');
    const { client: moderator, user: moderatorUser } = await app.as('GT_ESC');
    const { createThread } = await author.ok(CREATE_THREAD, { input: { documentId: doc.id, body: 'Propos déplacés.' } });
    const id = createThread.comment.id;

    expect((await reader.fails(HIDE, { input: { id, reason: 'Hors sujet' } })).extensions.code).toBe('FORBIDDEN');
    expect((await moderator.fails(HIDE, { input: { id, reason: '' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await moderator.ok(HIDE, { input: { id, reason: 'Propos blessants' } })).hideComment).toEqual({
      id,
      state: 'HIDDEN',
      body: 'Propos déplacés.',
      hiddenReason: 'Propos blessants',
    });
    expect((await moderator.fails(HIDE, { input: { id, reason: 'Encore' } })).extensions.code).toBe('CONFLICT');

    const seen = async (client: ApiClient) => (await client.ok(THREADS, { documentId: doc.id })).commentThreads[0].comments[0];
    expect(await seen(reader)).toMatchObject({ state: 'HIDDEN', body: null, hiddenReason: null, moderationHistory: [] });
    expect(await seen(author)).toMatchObject({ state: 'HIDDEN', body: 'Propos déplacés.', hiddenReason: 'Propos blessants', canEdit: false });
    expect((await author.fails(EDIT, { input: { id, body: 'Contourné' } })).extensions.code).toBe('BAD_USER_INPUT');
    expect((await reader.ok(THREADS, { documentId: doc.id, filter: { search: 'déplacés' } })).commentThreads).toEqual([]);

    await moderator.ok(UNHIDE, { id });
    expect((await seen(moderator)).moderationHistory).toEqual([
      { action: 'HIDE', reason: 'Propos blessants', body: 'Propos déplacés.', moderator: { name: moderatorUser.name } },
      { action: 'SHOW', reason: '', body: 'Propos déplacés.', moderator: { name: moderatorUser.name } },
    ]);
    expect((await seen(reader)).body).toBe('Propos déplacés.');
  });
});
