import fs from 'node:fs';
import path from 'node:path';
import { ROLES, roleCan, type Action, type Actor, type Role } from '@cocon/shared';
import { buildSchema, getNamedType, getNullableType, isInputObjectType, isListType, isObjectType } from 'graphql';
import { MUTATION_ACTIONS } from '../../../scripts/write-permissions-doc';
import type { ApiClient } from '../../../test/api-client';
import { PASSWORD, TestApp } from '../../../test/test-app';
import type { Space } from '../../spaces/space.entity';

type Variables = Record<string, unknown>;

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema.gql'), 'utf8'));
const MUTATIONS = schema.getMutationType()!.getFields();
const PUBLIC_MUTATIONS = Object.keys(MUTATIONS).filter((name) => MUTATION_ACTIONS[name] === null);
const GUARDED_MUTATIONS = Object.keys(MUTATIONS).filter((name) => MUTATION_ACTIONS[name] !== null);
const ACTORS: Actor[] = [...ROLES, null];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** The operation for a mutation, written from the schema: every argument as a variable. */
function operation(name: string): string {
  const { args, type } = MUTATIONS[name];
  const params = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = args.length ? `${name}(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : name;
  return `mutation${params ? ` (${params})` : ''} { ${call}${isObjectType(getNamedType(type)) ? ' { __typename }' : ''} }`;
}

/** Every ID a mutation takes, directly or in its input, as `mutation.arg[.field]`, with whether it is a list. */
function idArguments(): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const field of Object.values(MUTATIONS)) {
    for (const arg of field.args) {
      const type = getNamedType(arg.type);
      if (type.name === 'ID') found.set(`${field.name}.${arg.name}`, isListType(getNullableType(arg.type)));
      if (!isInputObjectType(type)) continue;
      for (const inner of Object.values(type.getFields())) {
        if (getNamedType(inner.type).name !== 'ID') continue;
        found.set(`${field.name}.${arg.name}.${inner.name}`, isListType(getNullableType(inner.type)));
      }
    }
  }
  return found;
}

function withValue(variables: Variables, keys: string[], value: unknown): Variables {
  const copy = structuredClone(variables);
  let target = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Variables;
  target[keys[keys.length - 1]] = value;
  return copy;
}

/**
 * What each ID names. An object the call acts on (`space`, `document`, `trashed`, `object`): the caller's right on
 * that very object is checked, and one they cannot reach answers NOT_FOUND like one that does not exist. A `choice`
 * made in a form (a structure, a site): an unknown one is an input error on that field.
 */
const ID_ARGUMENTS: Record<string, 'space' | 'document' | 'trashed' | 'thread' | 'comment' | 'revision' | 'version' | 'object' | 'choice'> = {
  'createDocument.input.spaceId': 'space',
  'createDocument.input.parentId': 'document',
  'renameDocument.id': 'document',
  'moveDocument.input.id': 'document',
  'moveDocument.input.parentId': 'document',
  'trashDocument.id': 'document',
  'restoreDocument.id': 'trashed',
  'purgeDocument.id': 'trashed',
  'updateSpace.input.id': 'space',
  'deleteSpace.id': 'space',
  'updateStructure.input.id': 'object',
  'deleteStructure.id': 'object',
  'updateUser.input.id': 'object',
  'createPasswordResetLink.userId': 'object',
  'revokeInvitation.id': 'object',
  'createNamedRevision.documentId': 'document',
  'nameRevision.id': 'revision',
  'restoreRevision.id': 'revision',
  'proposeOfficialVersion.input.documentId': 'document',
  'proposeOfficialVersion.input.revisionId': 'revision',
  'approveOfficialVersion.id': 'version',
  'withdrawOfficialVersion.id': 'version',
  'createThread.input.documentId': 'document',
  'replyToThread.input.threadId': 'thread',
  'editComment.input.id': 'comment',
  'deleteComment.id': 'comment',
  'resolveThread.id': 'thread',
  'reopenThread.id': 'thread',
  'hideComment.input.id': 'comment',
  'unhideComment.id': 'comment',
  'markNotificationRead.id': 'object',
  'createSpace.input.allowedStructureIds': 'choice',
  'updateSpace.input.allowedStructureIds': 'choice',
  'createStructure.input.siteIds': 'choice',
  'updateStructure.input.siteIds': 'choice',
  'inviteUser.input.structureId': 'choice',
  'updateUser.input.structureId': 'choice',
  'createThread.input.chosenPeople': 'choice',
  'replyToThread.input.chosenPeople': 'choice',
  'editComment.input.chosenPeople': 'choice',
};

describe('the permission matrix, call by call', () => {
  let app: TestApp;
  let admin: ApiClient;
  let space: Space;
  let hidden: { space: Space; document: string; trashed: string; thread: string; comment: string; revision: string; version: string };
  const clients = new Map<Actor, ApiClient>();
  let counter = 0;
  const unique = () => `${Date.now().toString(36)}-${counter++}`;

  const createDocument = async (target = space): Promise<string> => {
    const input = { spaceId: target.id, title: `Document ${unique()}` };
    return (await admin.ok('mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id } }', { input })).createDocument.id;
  };
  const trashedDocument = async (target = space): Promise<string> => {
    const id = await createDocument(target);
    await admin.ok('mutation ($id: ID!) { trashDocument(id: $id) { id } }', { id });
    return id;
  };
  const revision = async (target = space): Promise<string> => {
    const variables = { documentId: await createDocument(target), name: `Révision ${unique()}` };
    return (await admin.ok('mutation ($documentId: ID!, $name: String!) { createNamedRevision(documentId: $documentId, name: $name) { id } }', variables))
      .createNamedRevision.id;
  };
  const proposalInput = async () => ({ documentId: await createDocument(), label: `Version ${unique()}`, slug: `v-${unique()}`, effectiveDate: '2026-06-15' });
  const proposal = async (): Promise<string> =>
    (
      await clients
        .get('GROUPE_NUMERIQUE')!
        .ok('mutation ($input: ProposeOfficialVersionInput!) { proposeOfficialVersion(input: $input) { id } }', { input: await proposalInput() })
    ).proposeOfficialVersion.id;
  /** A proposal in a space that neither the Groupe numérique nor the GT ESC may read: written directly. */
  const hiddenProposal = async (target: Space): Promise<string> => {
    const revisionId = await revision(target);
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO official_version ("documentId", "revisionId", label, slug, "effectiveDate", status, "proposedAt")
       SELECT "documentId", id, 'Version cachée', 'v1', '2026-06-15', 'PROPOSED', now() FROM document_revision WHERE id = $1 RETURNING id`,
      [revisionId],
    );
    return id;
  };
  const invitationInput = async () => ({
    email: `invitee-${unique()}@exemple.test`,
    name: 'Personne invitée',
    role: 'MEMBRE',
    structureId: (await app.createStructure()).id,
  });
  const invite = async (): Promise<{ invitation: { id: string }; link: string }> => {
    const input = await invitationInput();
    return (await admin.ok('mutation ($input: InviteUserInput!) { inviteUser(input: $input) { invitation { id } link } }', { input })).inviteUser;
  };

  /** A discussion opened by this caller (by an administrator for the public), on a document everyone can read. */
  const thread = async (actor: Actor, target = space, body = 'Un avis.'): Promise<{ threadId: string; commentId: string }> => {
    const input = { documentId: await createDocument(target), body };
    const { createThread } = await (actor ? clients.get(actor)! : admin).ok(
      'mutation ($input: CreateThreadInput!) { createThread(input: $input) { thread { id } comment { id } } }',
      { input },
    );
    return { threadId: createThread.thread.id, commentId: createThread.comment.id };
  };
  const resolvedThread = async (actor: Actor) => {
    const { threadId } = await thread(actor);
    await (actor ? clients.get(actor)! : admin).ok('mutation ($id: ID!) { resolveThread(id: $id) { id } }', { id: threadId });
    return threadId;
  };
  const hiddenComment = async () => {
    const { commentId } = await thread(null);
    await admin.ok('mutation ($input: HideCommentInput!) { hideComment(input: $input) { id } }', { input: { id: commentId, reason: 'Hors sujet' } });
    return commentId;
  };
  /** A notification of this caller's: someone mentions them. */
  const notification = async (actor: Actor): Promise<string> => {
    const reader = actor ? clients.get(actor)! : admin;
    const { me } = await reader.ok('{ me { name } }');
    await thread(actor === 'ADMIN' || actor === null ? 'GT_ESC' : null, space, `Qu’en pensez-vous, @${me.name} ?`);
    return (await reader.ok('{ notifications(first: 1) { items { id } } }')).notifications.items[0].id;
  };

  /**
   * Valid arguments on fresh objects every caller with an account can read; objects that only their owner may act
   * on (their comment, their notification) are made for the caller.
   */
  const CASES: Record<string, (actor: Actor) => Promise<Variables>> = {
    createSpace: async () => ({ input: { name: `Espace ${unique()}`, visibility: 'MEMBERS' } }),
    updateSpace: async () => ({ input: { id: (await app.createSpace()).id, name: `Espace ${unique()}` } }),
    deleteSpace: async () => ({ id: (await app.createSpace()).id }),
    createDocument: async () => ({ input: { spaceId: space.id, parentId: await createDocument(), title: 'Nouveau document' } }),
    renameDocument: async () => ({ id: await createDocument(), title: 'Nouveau titre' }),
    moveDocument: async () => ({ input: { id: await createDocument(), parentId: await createDocument(), position: 0 } }),
    trashDocument: async () => ({ id: await createDocument() }),
    restoreDocument: async () => ({ id: await trashedDocument() }),
    purgeDocument: async () => ({ id: await trashedDocument() }),
    createStructure: async () => ({ input: { name: `Structure ${unique()}`, shortName: 'NOUV', kind: 'ASSOCIATION', color: '#0B5FA5' } }),
    updateStructure: async () => ({ input: { id: (await app.createStructure()).id, name: `Structure ${unique()}` } }),
    deleteStructure: async () => ({ id: (await app.createStructure()).id }),
    updateUser: async () => ({ input: { id: (await app.createUser()).id, role: 'GT_ESC' } }),
    createPasswordResetLink: async () => ({ userId: (await app.createUser()).id }),
    inviteUser: async () => ({ input: await invitationInput() }),
    revokeInvitation: async () => ({ id: (await invite()).invitation.id }),
    updateProfile: async () => ({ input: { name: 'Nouveau nom' } }),
    changePassword: async () => ({ input: { currentPassword: PASSWORD, newPassword: PASSWORD } }),
    createNamedRevision: async () => ({ documentId: await createDocument(), name: 'Avant la rencontre du 3 juin' }),
    nameRevision: async () => ({ id: await revision(), name: 'Version relue' }),
    restoreRevision: async () => ({ id: await revision() }),
    proposeOfficialVersion: async () => ({ input: await proposalInput() }),
    approveOfficialVersion: async () => ({ id: await proposal() }),
    withdrawOfficialVersion: async () => ({ id: await proposal() }),
    createThread: async () => ({ input: { documentId: await createDocument(), body: 'Une remarque.' } }),
    replyToThread: async () => ({ input: { threadId: (await thread(null)).threadId, body: 'Une réponse.' } }),
    editComment: async (actor) => ({ input: { id: (await thread(actor)).commentId, body: 'Corrigé.' } }),
    deleteComment: async (actor) => ({ id: (await thread(actor)).commentId }),
    resolveThread: async (actor) => ({ id: (await thread(actor)).threadId }),
    reopenThread: async (actor) => ({ id: await resolvedThread(actor) }),
    hideComment: async () => ({ input: { id: (await thread(null)).commentId, reason: 'Propos déplacés' } }),
    unhideComment: async () => ({ id: await hiddenComment() }),
    markNotificationRead: async (actor) => ({ id: await notification(actor) }),
    markAllNotificationsRead: async () => ({}),
    updateNotificationSettings: async () => ({ input: { emailDigest: false } }),
  };

  /** A digest of every table a mutation may write, to check that a refused call wrote nothing. */
  async function fingerprint(): Promise<string> {
    const tables = [
      'document',
      'space',
      'structure',
      'structure_site',
      'account',
      'auth_token',
      'comment_thread',
      'comment',
      'comment_moderation',
      'notification',
      'notification_settings',
      'document_event',
      'document_revision',
      'revision_block',
      'official_version',
      'official_version_event',
    ].map(
      (table) => `(SELECT md5(coalesce(string_agg(r, ',' ORDER BY r), ''))
                   FROM (SELECT (to_jsonb(t) - 'lastSeenAt')::text AS r FROM "${table}" t) AS rows)`,
    );
    const [row] = await app.dataSource.query(`SELECT ${tables.join(" || '/' || ")} AS digest`);
    return row.digest;
  }

  beforeAll(async () => {
    app = await TestApp.start();
    admin = (await app.as('ADMIN')).client;
    space = await app.createSpace({ visibility: 'MEMBERS' });
    const restricted = await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['REFERENT_TECHNIQUE'] });
    for (const role of ROLES) clients.set(role, (await app.as(role)).client);
    clients.set(null, app.anonymous());
    const inRestricted = await thread(null, restricted);
    hidden = {
      space: restricted,
      document: await createDocument(restricted),
      trashed: await trashedDocument(restricted),
      thread: inRestricted.threadId,
      comment: inRestricted.commentId,
      revision: await revision(restricted),
      version: await hiddenProposal(restricted),
    };
  });
  afterAll(() => app.stop());

  it('has a case for every mutation of server/schema.gql, and for no other', () => {
    expect(Object.keys(CASES).sort()).toEqual(GUARDED_MUTATIONS.sort());
  });

  it.each(GUARDED_MUTATIONS.flatMap((mutation) => ACTORS.map((actor) => [mutation, actor ?? 'the public', actor] as const)))(
    '%s called by %s succeeds exactly when the permission table allows it',
    async (mutation, _who, actor) => {
      const action = MUTATION_ACTIONS[mutation] as Action;
      expect(CASES[mutation]).toBeDefined();
      const variables = await CASES[mutation](actor);
      const client = clients.get(actor)!;
      if (actor !== null && roleCan(actor, action)) {
        expect((await client.ok(operation(mutation), variables))[mutation]).toBeTruthy();
        return;
      }
      const before = await fingerprint();
      const error = await client.fails(operation(mutation), variables);
      expect(error.extensions.code).toBe(actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      expect(error.message).toMatch(actor ? /n’avez pas le droit/ : /Connectez-vous/);
      expect(await fingerprint()).toBe(before);
    },
  );

  it('lists every ID argument of the schema in ID_ARGUMENTS', () => {
    expect(Object.keys(ID_ARGUMENTS).sort()).toEqual([...idArguments().keys()].sort());
  });

  /** Calls a mutation with valid arguments except one ID, as a role allowed to call it. */
  function callWithId(key: string) {
    const [mutation, ...keys] = key.split('.');
    const action = MUTATION_ACTIONS[mutation] as Action;
    // An editor when the action allows one: administrators read every space, editors do not.
    const role: Role = ROLES.find((candidate) => candidate !== 'ADMIN' && roleCan(candidate, action)) ?? 'ADMIN';
    const asList = idArguments().get(key) ?? false;
    const prepare = async (id: string) => withValue(await CASES[mutation](role), keys, asList ? [id] : id);
    const send = async (variables: Variables) => (await clients.get(role)!.request(operation(mutation), variables)).errors?.[0];
    return { role, field: keys[keys.length - 1], prepare, send, call: async (id: string) => send(await prepare(id)) };
  }

  const byKind = (kinds: string[]) => Object.entries(ID_ARGUMENTS).filter(([, kind]) => kinds.includes(kind));

  it.each(byKind(['space', 'document', 'trashed', 'thread', 'comment', 'revision', 'version', 'object']))(
    '%s: an id the caller cannot reach (%s) answers NOT_FOUND, exactly like an unknown one',
    async (key, kind) => {
      const { role, prepare, send, call } = callWithId(key);
      const unknown = await call(UNKNOWN_ID);
      expect(unknown?.extensions.code).toBe('NOT_FOUND');
      expect(unknown?.message).toMatch(/n’existe pas/);
      expect(await call('pas-un-identifiant')).toEqual(unknown);
      if (role === 'ADMIN' || kind === 'object') return;

      const variables = await prepare(
        kind === 'space' ? hidden.space.id : kind === 'document' ? hidden.document : hidden[kind as 'trashed' | 'thread' | 'comment' | 'revision' | 'version'],
      );
      const before = await fingerprint();
      expect(await send(variables)).toEqual(unknown);
      expect(await fingerprint()).toBe(before);
    },
  );

  it.each(byKind(['choice']))('%s: an unknown id is refused as BAD_USER_INPUT on that field', async (key) => {
    const { field, call } = callWithId(key);
    expect((await call(UNKNOWN_ID))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses an administrator changing their own role, structure or status, though they manage accounts', async () => {
    const { client, user } = await app.as('ADMIN');
    const other = await app.createStructure();
    for (const change of [{ role: 'MEMBRE' }, { structureId: other.id }, { disabled: true }]) {
      const error = await client.fails(operation('updateUser'), { input: { id: user.id, ...change } });
      expect(error.extensions.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(/votre propre rôle/);
    }
    const { me } = await client.ok('{ me { role disabled structure { id } } }');
    expect(me).toEqual({ role: 'ADMIN', disabled: false, structure: { id: user.structureId } });
  });

  describe('powers over every space, rows of the permission table', () => {
    it.each(ACTORS.map((actor) => [actor ?? 'the public', actor] as const))(
      '%s reads a space restricted to no one else exactly when the table gives space.readAll',
      async (_who, actor) => {
        const closed = await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: [], allowedStructureIds: [] });
        const document = await app.createDocument(closed);
        const { space } = await clients.get(actor)!.ok('query ($slug: String!) { space(slug: $slug) { id } }', { slug: closed.slug });
        const { document: read } = await clients.get(actor)!.ok('query ($id: ID!) { document(id: $id) { id } }', { id: document.id });
        const allowed = roleCan(actor, 'space.readAll');
        expect([space, read]).toEqual(allowed ? [{ id: closed.id }, { id: document.id }] : [null, null]);
      },
    );

    it.each(ROLES.map((role) => [role] as const))(
      '%s comments where the space keeps commenting to another role exactly when the table gives comment.createAnywhere',
      async (role) => {
        const other = ROLES.find((candidate) => candidate !== role && !roleCan(candidate, 'comment.createAnywhere'))!;
        const kept = await app.createSpace({ visibility: 'MEMBERS', commentRoles: [other] });
        const input = { documentId: (await app.createDocument(kept)).id, body: 'Un avis.' };
        const result = await clients.get(role)!.request('mutation ($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }', { input });
        expect(result.errors?.[0]?.extensions.code ?? 'OK').toBe(roleCan(role, 'comment.createAnywhere') ? 'OK' : 'FORBIDDEN');
      },
    );
  });

  describe('mutations open to everyone', () => {
    const tokenOf = (link: string) => link.split('/').pop()!;

    it('are exactly login, logout, acceptInvitation, requestPasswordReset and resetPassword', () => {
      expect(PUBLIC_MUTATIONS.sort()).toEqual(['acceptInvitation', 'login', 'logout', 'requestPasswordReset', 'resetPassword']);
    });

    it('let the public log in and out; logging out without a session is harmless', async () => {
      const user = await app.createUser();
      const visitor = app.anonymous();
      expect(await visitor.ok(operation('logout'))).toEqual({ logout: true });
      await visitor.ok(operation('login'), { email: user.email, password: PASSWORD });
      expect((await visitor.ok('{ me { id } }')).me).toEqual({ id: user.id });
      expect(await visitor.ok(operation('logout'))).toEqual({ logout: true });
      expect((await visitor.ok('{ me { id } }')).me).toBeNull();
    });

    it('let the public accept an invitation from its link, which opens a session', async () => {
      const { link } = await invite();
      const visitor = app.anonymous();
      await visitor.ok(operation('acceptInvitation'), { token: tokenOf(link), password: 'un-mot-de-passe-choisi' });
      expect((await visitor.ok('{ me { invitationPending } }')).me).toEqual({ invitationPending: false });
    });

    it('let the public choose a new password from a reset link, and ask for one without learning whether the account exists', async () => {
      const user = await app.createUser();
      const resetLink = 'mutation ($userId: ID!) { createPasswordResetLink(userId: $userId) { link } }';
      const { createPasswordResetLink } = await admin.ok(resetLink, { userId: user.id });
      const visitor = app.anonymous();
      await visitor.ok(operation('resetPassword'), { token: tokenOf(createPasswordResetLink.link), password: 'un-autre-mot-de-passe' });
      expect((await visitor.ok('{ me { id } }')).me).toEqual({ id: user.id });

      for (const email of [user.email, 'personne-inconnue@exemple.test']) {
        expect(await app.anonymous().ok(operation('requestPasswordReset'), { email })).toEqual({ requestPasswordReset: true });
      }
    });
  });
});
