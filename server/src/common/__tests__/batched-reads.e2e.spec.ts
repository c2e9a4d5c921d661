import type { ApiClient } from '../../../test/api-client';
import { clientOperation } from '../../../test/client-operations';
import { StatementCounter } from '../../../test/statement-counter';
import { TestApp } from '../../../test/test-app';
import { CommentsService } from '../../comments/comments.service';
import type { Document } from '../../documents/document.entity';
import type { Space } from '../../spaces/space.entity';
import type { User } from '../../users/user.entity';
import { RevisionsService } from '../../versions/revisions.service';

/** What the sidebar and the space page may ask of a space: its documents, two levels down, with their people. */
const SPACE_TREE = `query ($slug: String!) {
  space(slug: $slug) {
    id name canEdit canComment
    documents {
      id title canEdit canComment createdBy { name } updatedBy { name structure { shortName sites { name } memberCount } }
      children { id title canEdit updatedBy { name structure { shortName } } children { id title } }
    }
  }
}`;

/**
 * Each page reads a fixed number of statements, whatever the number of rows it shows: a list of 30 documents
 * (or discussions, or revisions) costs what a list of 3 does. The rows are written by as many different people of
 * as many structures, so that nothing is shared by chance.
 */
describe('batched reads: the statements a page costs do not grow with its rows', () => {
  let app: TestApp;
  let counter: StatementCounter;
  let reader: ApiClient;
  let readerAccount: User;

  beforeAll(async () => {
    app = await TestApp.start();
    counter = StatementCounter.attach(app);
    ({ client: reader, user: readerAccount } = await app.as('GT_ESC'));
  });
  afterAll(() => app.stop());

  /** Someone of a structure of their own. */
  const person = (role: User['role'] = 'GROUPE_NUMERIQUE') => app.createUser({ role });

  const documentBy = async (space: Space, fields: Partial<Document> = {}) => {
    const [author, editor] = [await person(), await person()];
    return app.createDocument(space, { createdById: author.id, updatedById: editor.id, ...fields });
  };

  /** The statements of the same operation over 3 rows and over 30, each after a first call that warms the server up. */
  async function statementsFor(build: (rows: number) => Promise<{ query: string; variables: Record<string, unknown>; rows: (data: any) => number }>) {
    const counts: number[] = [];
    for (const rows of [3, 30]) {
      const { query, variables, rows: rowsIn } = await build(rows);
      await counter.graphql(reader, query, variables);
      const { data, statements } = await counter.graphql(reader, query, variables);
      expect(rowsIn(data)).toBe(rows);
      counts.push(statements.length);
    }
    return counts;
  }

  it('shows the tree of a space, two levels deep with who wrote what, in as many statements for 30 documents as for 3', async () => {
    const [few, many] = await statementsFor(async (rows) => {
      const space = await app.createSpace({ visibility: 'MEMBERS' });
      for (let i = 0; i < rows; i++) {
        const top = await documentBy(space, { title: `Document ${i}` });
        for (let j = 0; j < 2; j++) await documentBy(space, { parentId: top.id, position: j, title: `Sous-document ${i}.${j}` });
      }
      return { query: SPACE_TREE, variables: { slug: space.slug }, rows: (data) => data.space.documents.length };
    });
    expect({ few, many }).toEqual({ few, many: few });
  });

  it('unfolds a level of the tree and the path to a document as the client asks for them (tree.ts), 30 documents as 3', async () => {
    const spaces: Record<number, { slug: string; deepest: string }> = {};
    const level = await statementsFor(async (rows) => {
      const space = await app.createSpace({ visibility: 'MEMBERS' });
      let parentId: string | null = null;
      for (let i = 0; i < rows; i++) {
        const top = await documentBy(space, { title: `Document ${i}`, position: i });
        const child = await documentBy(space, { parentId: top.id });
        if (i === rows - 1) parentId = (await documentBy(space, { parentId: child.id })).id;
      }
      spaces[rows] = { slug: space.slug, deepest: parentId! };
      return { query: clientOperation('TreeLevel'), variables: { slug: space.slug, first: 100 }, rows: (data) => data.space.treeLevel.items.length };
    });
    expect(level).toEqual([level[0], level[0]]);
    const path = await statementsFor(async (rows) => ({
      query: clientOperation('TreePath'),
      variables: { slug: spaces[rows].slug, documentId: spaces[rows].deepest, first: 100 },
      rows: (data) => data.space.treePath[0].items.length,
    }));
    expect(path).toEqual([path[0], path[0]]);
  });

  it('opens a document page as the client asks for it (document.ts), in as many statements with 30 sub-documents as with 3', async () => {
    const [few, many] = await statementsFor(async (rows) => {
      const space = await app.createSpace({ visibility: 'MEMBERS' });
      const grandparent = await documentBy(space);
      const parent = await documentBy(space, { parentId: grandparent.id });
      const document = await documentBy(space, { parentId: parent.id });
      for (let i = 0; i < rows; i++) await documentBy(space, { parentId: document.id, position: i });
      return { query: clientOperation('Document'), variables: { id: document.id }, rows: (data) => data.document.children.length };
    });
    expect({ few, many }).toEqual({ few, many: few });
  });

  it('lists the discussions of a document as the client asks for them (threads.ts), in as many statements for 30 as for 3', async () => {
    const [few, many] = await statementsFor(async (rows) => {
      const comments = app.running.app.get(CommentsService);
      const document = await app.createDocument(await app.createSpace({ visibility: 'MEMBERS' }));
      for (let i = 0; i < rows; i++) {
        const [opener, replier] = [await person('MEMBRE'), await person('REFERENT_NUMERIQUE')];
        const { thread } = await comments.createThread({ documentId: document.id, body: `Question ${i}` }, opener);
        const { comment } = await comments.reply({ threadId: thread.id, body: `Réponse ${i}` }, replier);
        if (i % 2) await comments.setStatus(thread.id, 'RESOLVED', opener);
        else await comments.hide({ id: comment.id, reason: 'Hors sujet' }, readerAccount);
      }
      return { query: clientOperation('CommentThreads'), variables: { documentId: document.id }, rows: (data) => data.commentThreads.length };
    });
    expect({ few, many }).toEqual({ few, many: few });
  });

  it('shows the history of a document as the client asks for it (history.ts), in as many statements for 30 revisions as for 3', async () => {
    const revisions = app.running.app.get(RevisionsService);
    const [few, many] = await statementsFor(async (rows) => {
      const document = await documentBy(await app.createSpace({ visibility: 'MEMBERS' }));
      for (let i = 0; i < rows; i++) await revisions.take(document.id, { cause: 'NAMED', name: `Révision ${i}`, actorId: (await person()).id });
      return { query: clientOperation('DocumentHistory'), variables: { id: document.id, limit: 30 }, rows: (data) => data.document.revisions.length };
    });
    expect({ few, many }).toEqual({ few, many: few });
  });

  it('never serves one call what another read: a name changed between two calls shows at once', async () => {
    const space = await app.createSpace({ visibility: 'MEMBERS' });
    const { client: author, user } = await app.as('GROUPE_NUMERIQUE', { name: 'Avant Changement' });
    const document = await app.createDocument(space, { createdById: user.id });
    const query = 'query ($id: ID!) { document(id: $id) { createdBy { name } } }';
    expect((await reader.ok(query, { id: document.id })).document.createdBy).toEqual({ name: 'Avant Changement' });
    await author.ok('mutation { updateProfile(input: { name: "Après Changement" }) { name } }');
    expect((await reader.ok(query, { id: document.id })).document.createdBy).toEqual({ name: 'Après Changement' });
  });
});
