import { ROLES, roleCan, type Action, type Actor, type SpaceVisibility } from '@cocon/shared';
import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { CommentsService } from '../../comments/comments.service';
import { DocumentsService } from '../../documents/documents.service';
import { UploadsService } from '../../uploads/uploads.service';
import type { User } from '../../users/user.entity';
import { OfficialVersionsService } from '../../versions/official-versions.service';
import { RevisionsService } from '../../versions/revisions.service';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const ACTORS: Actor[] = [null, ...ROLES];
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

/** What a document carries that can be read through it. */
interface Fixture {
  documentId: string;
  revisionId: string;
  archiveSlug: string;
  versionSlug: string;
  versionId: string;
  imageId: string;
}

const MISSING: Fixture = {
  documentId: UNKNOWN_ID,
  revisionId: UNKNOWN_ID,
  archiveSlug: 'archive-inconnue',
  versionSlug: 'v1',
  versionId: UNKNOWN_ID,
  imageId: UNKNOWN_ID,
};

/** A call's outcome as a person would see it: whether they got the thing, and what they were answered. */
interface Answer {
  got: boolean;
  answer: unknown;
}

interface ReadPath {
  action: Action;
  /** False when no one reads it in the trash, not even those who may restore the document (live editing). */
  inTrash?: boolean;
  read(client: ApiClient, fixture: Fixture, url: string): Promise<Answer>;
}

/** A GraphQL read; `got` says whether the data holds the thing (a refused `document(id)` is null, not an error). */
const graphql =
  (
    query: string,
    variables: (fixture: Fixture) => Record<string, unknown>,
    got: (data: any, fixture: Fixture) => boolean = (data) => Object.values(data).every((value) => value !== null),
  ) =>
  async (client: ApiClient, fixture: Fixture): Promise<Answer> => {
    const { data, errors } = await client.request(query, variables(fixture));
    if (errors?.length) return { got: false, answer: { code: errors[0].extensions.code, message: errors[0].message } };
    return got(data, fixture) ? { got: true, answer: null } : { got: false, answer: data };
  };

/** An HTTP route, with the caller's cookie. */
const http =
  (path: (fixture: Fixture) => string) =>
  async (client: ApiClient, fixture: Fixture, url: string): Promise<Answer> => {
    const response = await fetch(`${url}${path(fixture)}`, { headers: client.sessionCookie ? { cookie: client.sessionCookie } : {} });
    if (response.status === 200) return { got: true, answer: null };
    return { got: false, answer: { status: response.status, body: await response.json() } };
  };

/** Every way to reach a document's content, history, people, discussions, versions and images. */
const READ_PATHS: Record<string, ReadPath> = {
  document: {
    action: 'space.read',
    read: graphql(
      'query ($id: ID!) { document(id: $id) { id title content children { id } ancestors { id } revisions { id } events { id } officialVersions { id } } }',
      (f) => ({ id: f.documentId }),
    ),
  },
  revision: {
    action: 'history.read',
    read: graphql('query ($id: ID!) { revision(id: $id) { id content contributors { name } createdBy { name } document { title } } }', (f) => ({
      id: f.revisionId,
    })),
  },
  compareRevisions: {
    action: 'history.read',
    read: graphql('query ($id: ID!) { compareRevisions(fromId: $id) { diff from { contributors { name } } } }', (f) => ({ id: f.revisionId })),
  },
  documentProvenance: {
    action: 'history.read',
    read: graphql('query ($id: ID!) { documentProvenance(documentId: $id) { text } }', (f) => ({ id: f.documentId })),
  },
  archivedVersion: {
    action: 'history.read',
    read: graphql('query ($a: String!, $s: String!) { archivedVersion(archiveSlug: $a, slug: $s) { id revision { content } } }', (f) => ({
      a: f.archiveSlug,
      s: f.versionSlug,
    })),
  },
  archive: {
    action: 'history.read',
    read: graphql(
      '{ archive { id } }',
      () => ({}),
      (data, f) => data.archive.some((version: { id: string }) => version.id === f.versionId),
    ),
  },
  mentionCandidates: {
    action: 'mention.search',
    read: graphql('query ($id: ID!) { mentionCandidates(documentId: $id, search: "") { id } }', (f) => ({ id: f.documentId })),
  },
  commentThreads: {
    action: 'comment.read',
    read: graphql('query ($id: ID!) { commentThreads(documentId: $id) { id comments { body } } }', (f) => ({ id: f.documentId })),
  },
  documentCommentSummary: {
    action: 'comment.read',
    read: graphql('query ($id: ID!) { documentCommentSummary(documentId: $id) { openCount } }', (f) => ({ id: f.documentId })),
  },
  collabToken: {
    action: 'space.read',
    inTrash: false,
    read: graphql('query ($id: ID!) { collabToken(documentId: $id) }', (f) => ({ id: f.documentId })),
  },
  'GET /api/exports/comments.csv': { action: 'comment.read', read: http((f) => `/api/exports/comments.csv?documentId=${f.documentId}`) },
  'GET /api/images/:id': { action: 'space.read', read: http((f) => `/api/images/${f.imageId}`) },
};

const readsSpace = (actor: Actor, visibility: SpaceVisibility) => visibility === 'PUBLIC' || actor !== null;

/** Who gets a document's things: the permission table, the space's visibility, and in the trash those who may restore it. */
function mayRead(actor: Actor, path: ReadPath, visibility: SpaceVisibility, trashed: boolean): boolean {
  const restores = actor !== null && roleCan(actor, 'document.restore') && path.inTrash !== false;
  return roleCan(actor, path.action) && readsSpace(actor, visibility) && (!trashed || restores);
}

/**
 * The whole matrix: every role and the public, times every read path of a document, on a live and a trashed
 * document of a public space and of a members' space. A refusal answers exactly what a missing document answers.
 */
describe('reading a document and everything reached through it, live and in the trash', () => {
  let app: TestApp;
  const clients = new Map<Actor, ApiClient>();
  const fixtures: { visibility: SpaceVisibility; trashed: boolean; fixture: Fixture }[] = [];

  async function documentWithEverything(
    visibility: SpaceVisibility,
    trashed: boolean,
    people: Record<'admin' | 'writer' | 'approver', User>,
  ): Promise<Fixture> {
    const space = await app.createSpace({ visibility });
    const get = <T>(type: new (...args: never[]) => T) => app.running.app.get(type);
    const document = await app.createDocument(space, { createdById: people.writer.id, updatedById: people.writer.id });
    const revision = (await get(RevisionsService).take(document.id, { cause: 'NAMED', name: 'Relue', actorId: people.writer.id }))!;
    await get(CommentsService).createThread({ documentId: document.id, body: 'Un avis sur ce texte.' }, people.writer);
    const image = (await get(UploadsService).store(document.id, people.writer.id, JPEG))!;
    const versions = get(OfficialVersionsService);
    const proposed = await versions.propose(
      { documentId: document.id, revisionId: revision.id, label: 'V1', slug: 'v1', effectiveDate: '2026-06-15' },
      people.writer,
    );
    await versions.approve(proposed.id, people.approver, null);
    if (trashed) await get(DocumentsService).moveToTrash(document.id, people.admin);
    const [{ archiveSlug }] = await app.dataSource.query('SELECT "archiveSlug" FROM document WHERE id = $1', [document.id]);
    return { documentId: document.id, revisionId: revision.id, archiveSlug, versionSlug: 'v1', versionId: proposed.id, imageId: image.id };
  }

  beforeAll(async () => {
    app = await TestApp.start();
    const people = {
      admin: await app.createUser({ role: 'ADMIN' }),
      writer: await app.createUser({ role: 'GROUPE_NUMERIQUE' }),
      approver: await app.createUser({ role: 'GT_ESC' }),
    };
    for (const visibility of ['PUBLIC', 'MEMBERS'] as const) {
      for (const trashed of [false, true]) fixtures.push({ visibility, trashed, fixture: await documentWithEverything(visibility, trashed, people) });
    }
    clients.set(null, app.anonymous());
    for (const role of ROLES) clients.set(role, (await app.as(role)).client);
  });
  afterAll(() => app.stop());

  it.each(Object.keys(READ_PATHS).flatMap((path) => ACTORS.map((actor) => [path, actor ?? 'the public', actor] as const)))(
    '%s, read by %s: given exactly as the rules say, and otherwise refused as if the document did not exist',
    async (name, _who, actor) => {
      const path = READ_PATHS[name];
      const client = clients.get(actor)!;
      const missing = await path.read(client, MISSING, app.url);
      expect(missing.got).toBe(false);
      for (const { visibility, trashed, fixture } of fixtures) {
        const expected = mayRead(actor, path, visibility, trashed);
        const { got, answer } = await path.read(client, fixture, app.url);
        const seen = { visibility, trashed, got, answer: got ? null : answer };
        expect(seen).toEqual({ visibility, trashed, got: expected, answer: expected ? null : missing.answer });
      }
    },
  );

  it('lets someone read what it allows on a live document, so that refusing everything could not pass', () => {
    const allowed = Object.values(READ_PATHS).filter((path) => ROLES.some((role) => mayRead(role, path, 'MEMBERS', false)));
    expect(allowed).toHaveLength(Object.keys(READ_PATHS).length);
    expect(ROLES.filter((role) => Object.values(READ_PATHS).some((path) => mayRead(role, path, 'PUBLIC', true)))).toEqual(
      ROLES.filter((role) => roleCan(role, 'document.restore')),
    );
  });
});
