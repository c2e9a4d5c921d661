/**
 * npm run bench:versions
 * On a document of 300,000 characters with 5% of its paragraphs changed between two versions: p50/p95 time to
 * compare them (through the service: loading both revisions and diffing in the worker; and through GraphQL), the
 * longest event-loop stall meanwhile, and the storage used by 1,000 revisions of that document (BENCH_REVISIONS).
 * Runs on the embedded database; its last line is a JSON summary.
 */
process.env.NODE_ENV = 'production';
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, documentToText, type JSONContent } from '@cocon/shared';
import { DataSource } from 'typeorm';
import { hashPassword } from '../src/auth/password';
import { startApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { Document } from '../src/documents/document.entity';
import { Space } from '../src/spaces/space.entity';
import { Structure } from '../src/structures/structure.entity';
import { User } from '../src/users/user.entity';
import { RevisionsService } from '../src/versions/revisions.service';
import { VersionsService } from '../src/versions/versions.service';
import { ApiClient } from '../test/api-client';

const TARGET_CHARACTERS = 300_000;
const CHANGED_SHARE = 0.05;
const ROUNDS = 20;
const REVISIONS = Number(process.env.BENCH_REVISIONS ?? 1000);
const PASSWORD = 'mot-de-passe-du-banc';

const WORDS = (
  'accès droits autonomie numérique accompagnement permanence atelier médiation habitants quartier structure ' +
  'démarche formation wifi ordinateur borne caf ccas département ville association référent socle commun version ' +
  'rencontre proposition consultation usagers parcours orientation confidentialité relevé catalogue inscription'
).split(' ');

/** A small deterministic random generator, so that every run compares the same documents. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function sentence(next: () => number, words: number): string {
  const text = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** Chapters of paragraphs, a list and a table now and then, up to 300,000 characters. */
function longDocument(): { blocks: JSONContent[]; paragraphs: number[] } {
  const next = random(42);
  const blocks: JSONContent[] = [];
  const paragraphs: number[] = [];
  let characters = 0;
  for (let chapter = 1; characters < TARGET_CHARACTERS; chapter++) {
    blocks.push(build.h(2, `Chapitre ${chapter}`));
    for (let i = 0; i < 30 && characters < TARGET_CHARACTERS; i++) {
      const block = i % 10 === 9 ? build.ul(sentence(next, 8), sentence(next, 9)) : build.p(`${sentence(next, 14)} ${sentence(next, 16)}`);
      paragraphs.push(blocks.length);
      blocks.push(block);
      characters += documentToText(build.doc(block)).length + 1;
    }
    blocks.push(build.table(['Service', 'Lieux'], ['Wifi public', String(chapter)], ['Ordinateurs', String(chapter + 1)]));
  }
  return { blocks, paragraphs };
}

/** The same document with 5% of its paragraphs reworded (the `round` decides which). */
function edited(original: { blocks: JSONContent[]; paragraphs: number[] }, round: number): JSONContent {
  const next = random(1000 + round);
  const blocks = [...original.blocks];
  const count = Math.round(original.paragraphs.length * CHANGED_SHARE);
  for (let i = 0; i < count; i++) {
    const index = original.paragraphs[Math.floor(next() * original.paragraphs.length)];
    blocks[index] = build.p(`${sentence(next, 6)} ${documentToText(build.doc(blocks[index])).slice(0, 120)}`);
  }
  return build.doc(...blocks);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** The longest time the event loop could not run a 2 ms timer, while `work` runs. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 2);
    last = now;
  }, 2);
  try {
    const result = await work();
    return { result, stallMs: longest };
  } finally {
    clearInterval(timer);
  }
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-bench-versions-'));
  const running = await startApp(
    loadConfig({
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      PUBLIC_URL: 'http://127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    }),
  );
  try {
    const manager = running.app.get(DataSource).manager;
    const structure = await manager.save(manager.create(Structure, { name: 'Banc', shortName: 'Banc', kind: 'AUTRE', color: '#4D5866', sites: [] }));
    const user = await manager.save(
      manager.create(User, {
        name: 'Banc',
        email: 'banc@cocon.test',
        role: 'GROUPE_NUMERIQUE',
        structureId: structure.id,
        passwordHash: await hashPassword(PASSWORD),
      }),
    );
    const space = await manager.save(manager.create(Space, { name: 'Banc', slug: 'banc', visibility: 'MEMBERS' }));
    const original = longDocument();
    const first = build.doc(...original.blocks);
    const characters = documentToText(first).length;
    const document = await manager.save(
      manager.create(Document, { spaceId: space.id, title: 'Long document', slug: 'long', position: 0, content: first, text: '' }),
    );
    const revisions = running.app.get(RevisionsService);
    const from = (await revisions.take(document.id, { cause: 'IMPORT', content: first, contributorIds: [user.id] }))!;
    const to = (await revisions.take(document.id, { cause: 'IMPORT', content: edited(original, 0), contributorIds: [user.id] }))!;

    const versions = running.app.get(VersionsService);
    const serviceTimes: number[] = [];
    const { stallMs } = await longestStall(async () => {
      for (let i = 0; i < ROUNDS; i++) {
        const started = performance.now();
        const { diff } = await versions.compare(from.id, to.id);
        serviceTimes.push(performance.now() - started);
        if (i === 0)
          console.log(
            `diff: ${diff.stats.modified} paragraphs modified, +${diff.stats.wordsAdded}/−${diff.stats.wordsRemoved} words, ${diff.sections.length} chapters`,
          );
      }
    });
    const client = await new ApiClient(running.url).login(user.email, PASSWORD);
    const httpTimes: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      await client.ok('query ($from: ID!, $to: ID!) { compareRevisions(fromId: $from, toId: $to) { diff } }', { from: from.id, to: to.id });
      httpTimes.push(performance.now() - started);
    }
    serviceTimes.sort((a, b) => a - b);
    httpTimes.sort((a, b) => a - b);
    console.log(
      `document: ${characters.toLocaleString('en')} characters, ${original.paragraphs.length} paragraphs, ${Math.round(CHANGED_SHARE * 100)}% changed`,
    );
    console.log(
      `compare (service: load both revisions + diff in the worker): p50 ${Math.round(percentile(serviceTimes, 50))} ms, p95 ${Math.round(percentile(serviceTimes, 95))} ms`,
    );
    console.log(
      `compare (GraphQL, end to end, ~${mb(JSON.stringify((await versions.compare(from.id, to.id)).diff).length)} MB answer): p50 ${Math.round(percentile(httpTimes, 50))} ms, p95 ${Math.round(percentile(httpTimes, 95))} ms`,
    );
    console.log(`longest event-loop stall while comparing: ${Math.round(stallMs)} ms`);

    // 1,000 revisions of the document, each with 5% of the paragraphs changed since the previous one.
    const started = performance.now();
    const { stallMs: revisionStall } = await longestStall(async () => {
      for (let round = 3; round <= REVISIONS; round++) {
        await revisions.take(document.id, { cause: 'QUIET', content: edited(original, round), contributorIds: [user.id] });
        if (round % 100 === 0) console.log(`  ${round} revisions…`);
      }
    });
    const seconds = (performance.now() - started) / 1000;
    const [sizes] = await manager.query(
      `SELECT pg_total_relation_size('document_revision') AS revisions, pg_total_relation_size('revision_block') AS blocks,
              (SELECT count(*) FROM document_revision)::int AS count, (SELECT count(*) FROM revision_block)::int AS distinct_blocks`,
    );
    const storage = Number(sizes.revisions) + Number(sizes.blocks);
    const fullCopies = REVISIONS * Buffer.byteLength(JSON.stringify(first));
    console.log(
      `storage for ${sizes.count} revisions: ${mb(storage)} MB (revisions ${mb(Number(sizes.revisions))} MB, ${sizes.distinct_blocks} distinct blocks ${mb(Number(sizes.blocks))} MB); ` +
        `full JSON copies would take ${mb(fullCopies)} MB`,
    );
    console.log(`taking them: ${((seconds / REVISIONS) * 1000).toFixed(0)} ms per revision, longest stall ${Math.round(revisionStall)} ms`);
    console.log(
      JSON.stringify({
        characters,
        changed_share: CHANGED_SHARE,
        diff_p50_ms: Math.round(percentile(serviceTimes, 50)),
        diff_p95_ms: Math.round(percentile(serviceTimes, 95)),
        graphql_p50_ms: Math.round(percentile(httpTimes, 50)),
        graphql_p95_ms: Math.round(percentile(httpTimes, 95)),
        max_stall_ms: Math.round(stallMs),
        revisions: sizes.count,
        storage_mb: mb(storage),
        full_copies_mb: mb(fullCopies),
      }),
    );
  } finally {
    await running.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
