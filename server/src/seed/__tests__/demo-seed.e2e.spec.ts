import { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { DEMO_PASSWORD, DemoSeedService } from '../demo-seed.service';

const DEMO_ACCOUNTS = [
  ['admin@cocon.test', 'ADMIN'],
  ['gt@cocon.test', 'GT_ESC'],
  ['redaction@cocon.test', 'GROUPE_NUMERIQUE'],
  ['referent@cocon.test', 'REFERENT_NUMERIQUE'],
  ['membre@cocon.test', 'MEMBRE'],
] as const;

describe('the demo content', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ SEED_DEMO: 'true' });
  });
  afterAll(() => app.stop());

  it.each(DEMO_ACCOUNTS)('lets %s log in with the demo password, as %s', async (email, role) => {
    const client = await new ApiClient(app.url).login(email, DEMO_PASSWORD);
    const { me } = await client.ok('{ me { email role structure { name } } }');
    expect(me).toMatchObject({ email, role });
    expect(me.structure.name).toBeTruthy();
  });

  it('holds the programme’s spaces and the master document with its five chapters', async () => {
    const client = await new ApiClient(app.url).login('redaction@cocon.test', DEMO_PASSWORD);
    const { spaces } = await client.ok('{ spaces { slug documents { title children { title } } } }');
    expect(spaces.map((space: { slug: string }) => space.slug)).toEqual(
      expect.arrayContaining(['acte-3', 'socle-commun', 'rencontres', 'consultations', 'communs']),
    );
    const acte3 = spaces.find((space: { slug: string }) => space.slug === 'acte-3');
    const master = acte3.documents.find((doc: { title: string }) => doc.title === 'Document maître Acte 3');
    expect(master.children.map((doc: { title: string }) => doc.title)).toEqual([
      'Fondamentaux',
      'Rappel historique',
      'Forces et faiblesses',
      'Objectifs réaffirmés et nouveaux',
      'Moyens et hypothèses',
    ]);
  });

  it('has structures of every kind the programme gathers and the nine ESC sites', async () => {
    const { structures, escSites } = await app.anonymous().ok('{ structures { kind } escSites { name } }');
    expect(new Set(structures.map((s: { kind: string }) => s.kind))).toEqual(new Set(['CCAS', 'CAF', 'DEPARTEMENT', 'VILLE', 'ASSOCIATION', 'AUTRE']));
    expect(escSites).toHaveLength(9);
  });

  it('shows the public only the public spaces', async () => {
    const { spaces } = await app.anonymous().ok('{ spaces { slug visibility } }');
    expect(spaces.length).toBeGreaterThan(0);
    expect(spaces.every((space: { visibility: string }) => space.visibility === 'PUBLIC')).toBe(true);
  });

  it('gives the socle commun its V1 and V2, approved and public, and a V3 draft waiting for the GT ESC, with real differences', async () => {
    const visitor = app.anonymous();
    const { archive } = await visitor.ok('{ archive { label slug status archivePath effectiveDate revision { id } } }');
    const socle = archive.filter((version: { archivePath: string }) => version.archivePath.startsWith('/archives/socle-commun/'));
    expect(socle.map((version: { label: string }) => version.label)).toEqual(['Socle commun V2', 'Socle commun V1']);

    const [v2, v1] = socle;
    const { compareRevisions } = await visitor.ok('query ($from: ID!, $to: ID!) { compareRevisions(fromId: $from, toId: $to) { diff } }', {
      from: v1.revision.id,
      to: v2.revision.id,
    });
    // Three lines added; the introduction, rewritten, reads as one removed and one added.
    expect(compareRevisions.diff.stats).toMatchObject({ added: 4, removed: 1, moved: 0 });
    expect(compareRevisions.diff.stats.modified).toBeGreaterThanOrEqual(5);

    const writer = await new ApiClient(app.url).login('redaction@cocon.test', DEMO_PASSWORD);
    const { space } = await writer.ok('{ space(slug: "socle-commun") { documents { id title } } }');
    const document = space.documents.find((doc: { title: string }) => doc.title === 'Socle commun');
    const { document: read } = await writer.ok(
      'query ($id: ID!) { document(id: $id) { officialVersions { slug status revision { id } } revisions { number contributors { id } } } }',
      { id: document.id },
    );
    expect(read.officialVersions.map(({ slug, status }: { slug: string; status: string }) => ({ slug, status }))).toEqual([
      { slug: 'v1', status: 'APPROVED' },
      { slug: 'v2', status: 'APPROVED' },
      { slug: 'v3', status: 'PROPOSED' },
    ]);
    expect(read.revisions.map((revision: { number: number }) => revision.number)).toEqual([3, 2, 1]);
    expect(read.revisions.every((revision: { contributors: unknown[] }) => revision.contributors.length >= 3)).toBe(true);

    // From V2 to the V3 draft, the « affichage clair » moves from the permanences to the free access.
    const toDraft = await writer.ok('query ($from: ID!, $to: ID!) { compareRevisions(fromId: $from, toId: $to) { diff } }', {
      from: read.officialVersions[1].revision.id,
      to: read.officialVersions[2].revision.id,
    });
    const moved = toDraft.compareRevisions.diff.sections
      .flatMap((section: { entries: { kind: string }[] }) => section.entries)
      .find((entry: { kind: string }) => entry.kind === 'moved');
    expect(moved).toMatchObject({ fromSection: '3. Permanences démarches accompagnées', block: { text: expect.stringContaining('Un affichage clair') } });
  });

  it('has discussions that say which structure speaks, one resolved, and a mention of the Département that reached its people', async () => {
    const referent = await new ApiClient(app.url).login('thomas.legoff@cocon.test', DEMO_PASSWORD);
    const { space } = await referent.ok('{ space(slug: "acte-3") { documents { children { id title } } } }');
    const means = space.documents
      .flatMap((doc: { children: { id: string; title: string }[] }) => doc.children)
      .find((doc: { title: string }) => doc.title === 'Moyens et hypothèses');
    const { commentThreads } = await referent.ok(
      'query ($id: ID!) { commentThreads(documentId: $id, filter: { status: ALL }) { excerpt status comments { structure { shortName } } } }',
      { id: means.id },
    );
    expect(commentThreads.map((thread: { excerpt: string; status: string }) => [thread.excerpt, thread.status]).sort()).toEqual([
      ['20 à 24 demi-journées de locaux disponibles par semaine', 'RESOLVED'],
      ['la maintenance du matériel partagé', 'OPEN'],
    ]);
    const speakers = commentThreads.flatMap((thread: { comments: { structure: { shortName: string } }[] }) =>
      thread.comments.map((c) => c.structure.shortName),
    );
    expect(new Set(speakers)).toEqual(new Set(['CAF', 'CCAS', 'Département', 'Ville']));
    const { notifications } = await referent.ok('{ notifications(first: 10) { items { kind } } }');
    expect(notifications.items.map((item: { kind: string }) => item.kind)).toContain('STRUCTURE_MENTION');
  });

  it('is not added twice on a second start', async () => {
    const seeded = await app.running.app.get(DemoSeedService).seedIfEmpty();
    expect(seeded).toBe(false);
  });
});

describe('an empty start', () => {
  it('creates no demo content when SEED_DEMO=false', async () => {
    const app = await TestApp.start({ SEED_DEMO: 'false' });
    try {
      expect(await app.anonymous().ok('{ spaces { id } structures { id } }')).toEqual({ spaces: [], structures: [] });
    } finally {
      await app.stop();
    }
  });
});
