/**
 * npm run bench:comments
 * p50/p95 time to load the discussions of a document with 2,000 threads and 10,000 replies (as the comments panel
 * asks for them), and the per-structure summary of a space of 100 such documents, on the embedded database and on
 * PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test). BENCH_DOCUMENTS changes the
 * number of documents of the space (100).
 */
// Measured as it runs in production: graphql-js adds costly development checks otherwise.
process.env.NODE_ENV = 'production';
import 'reflect-metadata';
import { build, documentJSONToYUpdate, documentSchema, documentToText } from '@cocon/shared';
import { absolutePositionToRelativePosition, initProseMirrorDoc } from '@tiptap/y-tiptap';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { hashPassword } from '../src/auth/password';
import { startApp } from '../src/bootstrap';
import { summariseDocument } from '../src/comments/summary/summary-rows';
import { loadConfig } from '../src/config/config';
import { Document } from '../src/documents/document.entity';
import { Space } from '../src/spaces/space.entity';
import { Structure } from '../src/structures/structure.entity';
import { User } from '../src/users/user.entity';
import { ApiClient } from '../test/api-client';
import { createTestDatabase } from '../test/test-database';

const THREADS = 2000;
const REPLIES_PER_THREAD = 5;
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 100);
const STRUCTURES = 8;
const PEOPLE = 40;
const CHAPTERS = 10;
const PARAGRAPHS_PER_CHAPTER = 20;
const DOCUMENT_ROUNDS = 20;
const SUMMARY_ROUNDS = 10;
const PASSWORD = 'mot-de-passe-du-banc';

/** What the comments panel asks for (client/src/features/comments/graphql/threads.ts). */
const THREADS_QUERY = `query ($documentId: ID!, $filter: CommentFilterInput) {
  commentThreads(documentId: $documentId, filter: $filter) {
    id documentId excerpt chapter textDeleted status createdAt lastActivityAt resolvedAt resolvedBy { id name }
    canReply canResolve commentCount anchor { from to }
    comments { id threadId body state createdAt editedAt hiddenReason canEdit canModerate role author { id name }
      structure { id name shortName color } mentions { kind id offset length }
      moderationHistory { action reason createdAt moderator { id name } } }
  } }`;

/** What the space summary page asks for (client/src/features/comments/graphql/summary.ts). */
const SUMMARY_QUERY = `query ($spaceId: ID!) { spaceCommentSummary(spaceId: $spaceId) {
  openCount resolvedCount
  structures { structure { id name shortName color } openCount resolvedCount commentCount
    chapters { chapter openCount resolvedCount document { id title slug } }
    threads { id excerpt chapter status textDeleted commentCount lastActivityAt document { id title slug }
      comments { id body state structure { id } author { id name } } } } } }`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** One document's text (10 chapters of 20 paragraphs), its Yjs state, and 2,000 anchors on its paragraphs. */
function documentWithAnchors() {
  const content = build.doc(
    ...Array.from({ length: CHAPTERS }, (_, chapter) => [
      build.h(2, `Chapitre ${chapter + 1}`),
      ...Array.from({ length: PARAGRAPHS_PER_CHAPTER }, (_, i) =>
        build.p(`Paragraphe ${chapter + 1}.${i + 1} : ${'les structures partagent les permanences et les outils de médiation, '.repeat(4)}`),
      ),
    ]).flat(),
  );
  const state = documentJSONToYUpdate(content);
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state);
  const fragment = ydoc.getXmlFragment('default');
  const { doc, mapping } = initProseMirrorDoc(fragment, documentSchema());
  const paragraphs: number[] = [];
  doc.forEach((node, offset) => {
    if (node.type.name === 'paragraph') paragraphs.push(offset + 1);
  });
  const encode = (position: number) =>
    Buffer.from(Y.encodeRelativePosition(absolutePositionToRelativePosition(position, fragment, mapping))).toString('base64');
  const anchors = Array.from({ length: THREADS }, (_, i) => {
    const start = paragraphs[i % paragraphs.length] + 15 + (Math.floor(i / paragraphs.length) % 10) * 20;
    return { from: encode(start), to: encode(start + 18), excerpt: doc.textBetween(start, start + 18) };
  });
  ydoc.destroy();
  return { content, state, anchors };
}

async function seed(dataSource: DataSource) {
  const manager = dataSource.manager;
  const structures = await manager.save(
    Array.from({ length: STRUCTURES }, (_, i) =>
      manager.create(Structure, { name: `Structure ${i + 1}`, shortName: `S${i + 1}`, kind: 'ASSOCIATION', color: '#0063A6', sites: [] }),
    ),
  );
  const passwordHash = await hashPassword(PASSWORD);
  const people = await manager.save(
    Array.from({ length: PEOPLE }, (_, i) =>
      manager.create(User, {
        name: `Personne ${i + 1}`,
        email: i === 0 ? 'banc@cocon.test' : `personne-${i + 1}@cocon.test`,
        role: i === 0 ? 'GROUPE_NUMERIQUE' : 'REFERENT_NUMERIQUE',
        structureId: structures[i % STRUCTURES].id,
        passwordHash,
      }),
    ),
  );
  const space = await manager.save(manager.create(Space, { name: 'Socle commun V3 (banc)', slug: 'banc', visibility: 'MEMBERS' }));
  const { content, state, anchors } = documentWithAnchors();
  const text = documentToText(content);
  const ids: string[] = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    const result = await manager.insert(Document, {
      spaceId: space.id,
      title: `Document ${i + 1}`,
      slug: `document-${i + 1}`,
      position: i,
      content,
      text,
      ydoc: Buffer.from(state),
    });
    ids.push(result.identifiers[0].id as string);
  }
  const peopleIds = people.map((person) => person.id);
  const structureOf = people.map((person) => person.structureId);
  for (const documentId of ids) {
    // The threads, each opened by someone, one in four resolved; then five replies each, written in the database.
    await dataSource.query(
      `INSERT INTO comment_thread ("documentId", "anchorFrom", "anchorTo", excerpt, status, "createdById", "createdAt", "lastActivityAt", "resolvedAt")
       SELECT $1, a.from_, a.to_, a.excerpt, CASE WHEN a.n % 4 = 0 THEN 'RESOLVED' ELSE 'OPEN' END, ($5::uuid[])[1 + a.n % $6],
              now() - (a.n || ' minutes')::interval, now() - (a.n || ' minutes')::interval, CASE WHEN a.n % 4 = 0 THEN now() END
       FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS a(from_, to_, excerpt, n)`,
      [documentId, anchors.map((a) => a.from), anchors.map((a) => a.to), anchors.map((a) => a.excerpt), peopleIds, PEOPLE],
    );
    await dataSource.query(
      `INSERT INTO comment ("threadId", "documentId", "authorId", "authorStructureId", "authorRole", body, "createdAt")
       SELECT t.id, t."documentId", ($2::uuid[])[1 + p.i], ($3::uuid[])[1 + p.i], 'REFERENT_NUMERIQUE',
              CASE WHEN g = 0 THEN 'Nous proposons de reformuler ce passage : ' ELSE 'Réponse ' || g || ' : ' END || repeat('la permanence du mardi reste ouverte ', 3),
              t."createdAt" + (g || ' seconds')::interval
       FROM comment_thread t CROSS JOIN generate_series(0, $4::int) AS g
       CROSS JOIN LATERAL (SELECT abs(hashtext(t.id::text || g::text)) % $5::int AS i) AS p
       WHERE t."documentId" = $1`,
      [documentId, peopleIds, structureOf, REPLIES_PER_THREAD, PEOPLE],
    );
    // What the application keeps up to date as comments are written: who spoke where, and the summary rows.
    await dataSource.query(
      `UPDATE comment_thread t SET speakers = counted.speakers FROM (
         SELECT s."threadId", jsonb_object_agg(s.speaker, s.n) AS speakers FROM (
           SELECT c."threadId", c."authorStructureId"::text AS speaker, count(*) AS n FROM comment c WHERE c."documentId" = $1 GROUP BY 1, 2
         ) s GROUP BY 1
       ) counted WHERE t.id = counted."threadId"`,
      [documentId],
    );
    await dataSource.transaction((manager) => summariseDocument(manager, documentId));
  }
  return { space, documentId: ids[0] };
}

async function measure(rounds: number, operation: () => Promise<unknown>) {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    await operation();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function run(label: string, serverUrl: string | undefined) {
  const database = await createTestDatabase(serverUrl);
  const running = await startApp(
    loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: '0',
      HOST: '127.0.0.1',
      PUBLIC_URL: 'http://127.0.0.1',
      SEED_DEMO: 'false',
      ...database.env,
    }),
  );
  try {
    const seeding = performance.now();
    const { space, documentId } = await seed(running.app.get(DataSource));
    const seeded = ((performance.now() - seeding) / 1000).toFixed(0);
    const client = await new ApiClient(running.url).login('banc@cocon.test', PASSWORD);
    let bytes = 0;
    const loadThreads = async () => {
      const response = await client.post({ query: THREADS_QUERY, variables: { documentId, filter: { status: 'ALL' } } });
      const body = await response.text();
      bytes = body.length;
      const threads = JSON.parse(body).data?.commentThreads;
      if (threads?.length !== THREADS) throw new Error(`${threads?.length} threads loaded: ${body.slice(0, 300)}`);
    };
    const loadSummary = async () => {
      const { spaceCommentSummary } = await client.ok(SUMMARY_QUERY, { spaceId: space.id });
      if (spaceCommentSummary.openCount + spaceCommentSummary.resolvedCount !== THREADS * DOCUMENTS) throw new Error('summary does not count every thread');
    };
    // The first reading of each works out the chapters of every anchor from the documents' Yjs state.
    const coldDocument = await measure(1, loadThreads);
    const documentLoad = await measure(DOCUMENT_ROUNDS, loadThreads);
    const coldSummary = await measure(1, loadSummary);
    const summary = await measure(SUMMARY_ROUNDS, loadSummary);
    const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
    console.log(
      `${label.padEnd(11)} document comments   p50 ${ms(documentLoad.p50)}   p95 ${ms(documentLoad.p95)}   (${DOCUMENT_ROUNDS} loads of ${THREADS} threads and ${THREADS * REPLIES_PER_THREAD} replies, ${(bytes / 1e6).toFixed(1)} MB; first load ${ms(coldDocument.p50).trim()})`,
    );
    console.log(
      `${label.padEnd(11)} space summary       p50 ${ms(summary.p50)}   p95 ${ms(summary.p95)}   (${SUMMARY_ROUNDS} loads over ${DOCUMENTS} documents, ${THREADS * DOCUMENTS} threads; first load ${ms(coldSummary.p50).trim()}; seeded in ${seeded} s)`,
    );
  } finally {
    await running.close();
    await database.drop();
  }
}

async function main() {
  console.log(`bench:comments: documents of ${THREADS} threads and ${THREADS * REPLIES_PER_THREAD} replies; a space of ${DOCUMENTS} such documents`);
  await run('embedded', undefined);
  const postgres = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  try {
    await run('postgresql', postgres);
  } catch (error) {
    console.log(`postgresql  skipped: ${(error as Error).message}`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
