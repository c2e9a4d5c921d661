import fs from 'node:fs';
import path from 'node:path';
import { ROLES, type Role } from '@cocon/shared';
import { buildSchema, isObjectType } from 'graphql';
import type { ApiClient } from '../../../test/api-client';
import { PASSWORD, TestApp } from '../../../test/test-app';
import { CommentsService } from '../../comments/comments.service';
import { RevisionsService } from '../../versions/revisions.service';
import type { User } from '../user.entity';

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema.gql'), 'utf8'));

const PEOPLE_OF_A_DOCUMENT = `query ($id: ID!) {
  document(id: $id) {
    createdBy { id name email structure { shortName } }
    updatedBy { id email }
    revisions { contributors { id email } createdBy { id email } }
  }
}`;

/** A person's address reaches them outside Cocon: only they and the administrators see it; names and structures stay. */
describe('e-mail addresses', () => {
  let app: TestApp;
  let author: User;
  let documentId: string;
  const clients = new Map<Role, { client: ApiClient; user: User }>();

  beforeAll(async () => {
    app = await TestApp.start();
    for (const role of ROLES) clients.set(role, await app.as(role));
    author = await app.createUser({ role: 'GROUPE_NUMERIQUE', name: 'Awa Diallo' });
    const document = await app.createDocument(await app.createSpace({ visibility: 'MEMBERS' }), { createdById: author.id, updatedById: author.id });
    documentId = document.id;
    await app.running.app.get(RevisionsService).take(documentId, { cause: 'NAMED', name: 'Relue', actorId: author.id });
    await app.running.app.get(CommentsService).createThread({ documentId, body: 'Qu’en pensez-vous ?' }, author);
  });
  afterAll(() => app.stop());

  it.each(ROLES)('are hidden from %s through authors, editors and contributors, unless they manage accounts', async (role) => {
    const { document } = await clients.get(role)!.client.ok(PEOPLE_OF_A_DOCUMENT, { id: documentId });
    const email = role === 'ADMIN' ? author.email : null;
    expect(document.createdBy).toEqual({ id: author.id, name: 'Awa Diallo', email, structure: { shortName: expect.any(String) } });
    expect(document.updatedBy).toEqual({ id: author.id, email });
    expect(document.revisions).toEqual([{ contributors: [{ id: author.id, email }], createdBy: { id: author.id, email } }]);
  });

  it('are shown to the person themself, wherever they appear', async () => {
    const { client } = await app.as('GROUPE_NUMERIQUE');
    const self = await app.createUser({ role: 'GROUPE_NUMERIQUE' });
    const login = await app.anonymous().login(self.email, PASSWORD);
    const document = await app.createDocument(await app.createSpace(), { createdById: self.id });
    const query = 'query ($id: ID!) { document(id: $id) { createdBy { email } } }';
    expect((await login.ok(query, { id: document.id })).document.createdBy).toEqual({ email: self.email });
    expect((await login.ok('{ me { email } }')).me).toEqual({ email: self.email });
    expect((await client.ok(query, { id: document.id })).document.createdBy).toEqual({ email: null });
  });

  it('are not part of what discussions, mentions or notifications say of people', async () => {
    const peopleTypes = ['CommentAuthor', 'MentionCandidate', 'Structure', 'NotificationView'];
    for (const name of peopleTypes) {
      const type = schema.getType(name);
      expect([name, isObjectType(type) && 'email' in type.getFields()]).toEqual([name, false]);
    }
    // Only an account, an invitation (for administrators) and one's own link say an address.
    const withEmail = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && 'email' in type.getFields());
    expect(withEmail.map((type) => type.name).sort()).toEqual(['Invitation', 'TokenInfo', 'User']);

    const { client } = clients.get('MEMBRE')!;
    const { commentThreads } = await client.ok(
      'query ($id: ID!) { commentThreads(documentId: $id) { comments { author { id name } structure { shortName } } } }',
      {
        id: documentId,
      },
    );
    expect(commentThreads[0].comments[0].author).toEqual({ id: author.id, name: 'Awa Diallo' });
    const { mentionCandidates } = await client.ok('query ($id: ID!) { mentionCandidates(documentId: $id, search: "awa") { id label } }', { id: documentId });
    expect(mentionCandidates).toEqual([{ id: author.id, label: 'Awa Diallo' }]);
  });

  it('are listed with every account for administrators only', async () => {
    const users = '{ users { id email } }';
    const { users: all } = await clients.get('ADMIN')!.client.ok(users);
    expect(all).toEqual(expect.arrayContaining([{ id: author.id, email: author.email }]));
    for (const role of ROLES.filter((candidate) => candidate !== 'ADMIN')) {
      expect([role, (await clients.get(role)!.client.fails(users)).extensions.code]).toEqual([role, 'FORBIDDEN']);
    }
    expect((await app.anonymous().fails(users)).extensions.code).toBe('UNAUTHENTICATED');
  });
});
