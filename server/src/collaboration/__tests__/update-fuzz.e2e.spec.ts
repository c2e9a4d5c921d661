import { build, COLLAB_CONTENT_REFUSED, COLLAB_UPDATE_UNREADABLE, yDocToDocumentJSON } from '@cocon/shared';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { allowed, blockToY, refused } from '../../../../shared/src/__tests__/fixtures/hostile-content.cjs';
import { CollaborationServer } from '../collaboration.server';
import { COLLAB_TOKEN, eventually, openLive, type CollabClient } from './collab-clients';
import { Dice, frame, mutate, paragraph, randomBytes, seededRandom, standaloneUpdate, syncFrame, unknownContentUpdate } from './fuzz-frames';
import { FuzzSocket, type TrialOutcome } from './fuzz-socket';

const FRAMES = Number(process.env.FUZZ_FRAMES ?? 10_000);
const FRAMES_PER_DOCUMENT = 2_000;
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 32));
const WRITER_CLIENT = 4242;
/** Sockets sending side by side: while one waits for the database to authenticate it again, the others go on. */
const LANES = 4;
const SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const WORDS = ['atelier', 'médiation', 'numérique', 'Rennes', 'ESC', 'accès', 'droits', 'démarches', 'forêt', 'œuvre', ' ', ' ', '.', ','];

/** « not socket closed »: handled or refused, either is right, as long as the server answers within the protocol. */
type Expected = 'handled' | 'refused' | 'socket closed' | 'not socket closed';

/** What one trial sends after the valid changes waiting, what the server must do with it, and the change it carries. */
interface Probe {
  kind: string;
  frames: Uint8Array[];
  expect: Expected;
  reason?: string;
  /** Applied to the model once the server handled the frame (its bytes may be damaged: the server decided they apply). */
  carried?: Uint8Array;
}

const blockText = (element: Y.XmlElement): Y.XmlText | null => {
  const first = element.get(0);
  return first instanceof Y.XmlText ? first : null;
};

/**
 * The state the server must end with: every valid change, and every damaged one the server took (applied here as
 * the server applied it). Valid changes are made here, by one writer, then sent in order.
 */
class Model {
  readonly doc = new Y.Doc();
  /** Changes made here and not sent yet, in the order they must reach the server. */
  readonly waiting: Uint8Array[] = [];
  /** Changes the server took, to be sent again (duplicates) or damaged. */
  readonly sent: Uint8Array[] = [];

  constructor(private readonly dice: Dice) {
    this.doc.clientID = WRITER_CLIENT;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') this.waiting.push(update);
    });
  }

  get fragment(): Y.XmlFragment {
    return this.doc.getXmlFragment('default');
  }

  words(): string {
    return Array.from({ length: 1 + this.dice.below(5) }, () => this.dice.pick(WORDS)).join('');
  }

  /** One edit as a person would make it: typing, deleting, a bold word, a new paragraph. */
  edit(): void {
    const blocks = this.fragment.toArray().filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && blockText(node) !== null);
    const text = blocks.length ? blockText(this.dice.pick(blocks))! : null;
    const choice = this.dice.below(10);
    if (!text || choice < 2) this.fragment.insert(this.dice.below(this.fragment.length + 1), [paragraph(this.words())]);
    else if (choice < 6 || text.length === 0) text.insert(this.dice.below(text.length + 1), this.words());
    else if (choice < 8) {
      const at = this.dice.below(text.length);
      text.delete(at, 1 + this.dice.below(Math.min(8, text.length - at)));
    } else {
      const at = this.dice.below(text.length);
      text.format(at, 1 + this.dice.below(text.length - at), { bold: this.dice.chance(0.7) ? {} : null });
    }
  }

  /** A change the server took: the model follows, as it must if the server was right to take it. */
  take(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, 'server');
  }

  /** Once a round's changes are taken (in any order: lanes run side by side), none may wait for a missing one. */
  checkComplete(): void {
    if (this.doc.store.pendingStructs || this.doc.store.pendingDs) throw new Error('the server took a change that depends on what it never had');
  }
}

/**
 * The probes: damaged, duplicated, out of order, unknown, oversized frames, and some sound changes of new clients.
 * Only the writer's lane sends the writer's changes and probes made from them (damaged, out of order): a damaged copy
 * taken while another lane has the writer's next changes in flight could reuse their ids, and the model could not
 * follow. Its valid changes go first in the same connection, so they are handled before its probe.
 */
function probeFor(dice: Dice, model: Model, documentId: string, nextClient: () => number, writerLane: boolean): Probe {
  const roll = dice.below(100);
  const sync = (update: Uint8Array) => syncFrame(documentId, update);
  const newParagraph = () => standaloneUpdate(nextClient(), (fragment) => fragment.insert(0, [paragraph(model.words())]));
  if (roll < 30) {
    const source = writerLane && model.sent.length && dice.chance(0.5) ? dice.pick(model.sent) : newParagraph();
    const damaged = mutate(dice, source);
    return { kind: 'damaged', frames: [sync(damaged)], expect: 'not socket closed', carried: damaged };
  }
  if (roll < 38) {
    const update = standaloneUpdate(nextClient(), (fragment) => fragment.insert(0, [blockToY(Y, dice.pick(allowed).block)]));
    return { kind: 'sound, from a new client', frames: [sync(update)], expect: 'handled', carried: update };
  }
  if (roll < 46 && model.sent.length) {
    return { kind: 'duplicate', frames: [sync(dice.pick(model.sent))], expect: 'handled' };
  }
  if (roll < 54 && writerLane) {
    // Two changes of the writer, the second inside the paragraph the first adds: the second sent first cannot apply.
    model.fragment.push([paragraph(model.words())]);
    const last = model.fragment.get(model.fragment.length - 1) as Y.XmlElement;
    blockText(last)!.insert(0, model.words());
    return { kind: 'out of order', frames: [sync(model.waiting[model.waiting.length - 1])], expect: 'refused', reason: COLLAB_UPDATE_UNREADABLE };
  }
  if (roll < 64) {
    const { block } = dice.pick(refused);
    const update = standaloneUpdate(nextClient(), (fragment) => fragment.insert(0, [blockToY(Y, block)]));
    // As an update, as a sync step 2, or as a sync reply (a message type the provider never sends the server).
    const wrapped = dice.pick([
      sync(update),
      syncFrame(documentId, update, { syncType: SYNC_STEP_2 }),
      syncFrame(documentId, update, { messageType: SYNC_REPLY }),
    ]);
    return { kind: 'outside the schema', frames: [wrapped], expect: 'refused', reason: COLLAB_CONTENT_REFUSED };
  }
  if (roll < 70) {
    const update = unknownContentUpdate(nextClient(), 11 + dice.below(21));
    return { kind: 'unknown content type', frames: [sync(update)], expect: 'refused', reason: COLLAB_UPDATE_UNREADABLE };
  }
  if (roll < 76) {
    // A length far past the message's end, for the update or for the number of clients and structs inside it.
    const huge = frame(documentId, 0, (encoder) => {
      encoding.writeVarUint(encoder, 2);
      const lengths = dice.chance(0.5) ? [2 ** 32 - 1 - dice.below(1000)] : [8, 2 ** 31, 2 ** 30];
      for (const length of lengths) encoding.writeVarUint(encoder, length);
      encoding.writeUint8Array(encoder, randomBytes(dice, 6));
    });
    return { kind: 'huge length', frames: [huge], expect: 'refused', reason: COLLAB_UPDATE_UNREADABLE };
  }
  if (roll < 84) {
    // Never a sync message: random bytes there could carry a sound change the model would not know of.
    const type = dice.pick([1, 2, 3, 5, 7, 9, 10, 11, 42, 127]);
    return {
      kind: 'unknown or damaged message',
      frames: [frame(documentId, type, (encoder) => encoding.writeUint8Array(encoder, randomBytes(dice, dice.below(40))))],
      expect: 'not socket closed',
    };
  }
  if (roll < 85 && !writerLane && dice.chance(0.3)) {
    return { kind: 'over 1 MB', frames: [sync(new Uint8Array(1024 * 1024 + 100).fill(dice.below(256)))], expect: 'socket closed' };
  }
  const update = newParagraph();
  return { kind: 'sound, from a new client', frames: [sync(update)], expect: 'handled', carried: update };
}

function matches(expect: Expected, reason: string | undefined, outcome: TrialOutcome): boolean {
  if (expect === 'not socket closed') return outcome.kind !== 'socket closed';
  if (outcome.kind !== expect) return false;
  return !reason || (outcome.kind === 'refused' && outcome.reason === reason);
}

describe('live editing under a flood of random and damaged frames', () => {
  let app: TestApp;
  let writer: ApiClient;
  const clients: CollabClient[] = [];
  beforeAll(async () => {
    app = await TestApp.start();
    writer = (await app.as('GROUPE_NUMERIQUE')).client;
  });
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));
  afterAll(() => app.stop());

  const healthy = async () => (await fetch(`${app.url}/health`)).ok;
  const textOf = (doc: Y.Doc) => JSON.stringify(yDocToDocumentJSON(doc));

  /** Sends about `frames` frames to a new document, then checks it is whole: live, for a new reader, and once reloaded. */
  async function fuzzDocument(dice: Dice, frames: number, counts: Map<string, number>, unexpected: string[]): Promise<number> {
    const space = await app.createSpace();
    const document = await app.createDocument(space, { content: build.doc(build.p('Point de départ.')) });
    const watcher = await openLive(app.url, writer, document.id, clients);
    // Asked again before it expires (tokens live two minutes), as the editor does.
    let token = { value: '', at: 0 };
    const collabToken = async () => {
      if (Date.now() - token.at > 60_000)
        token = { value: (await writer.ok<{ collabToken: string }>(COLLAB_TOKEN, { id: document.id })).collabToken, at: Date.now() };
      return token.value;
    };
    const model = new Model(dice);
    model.take(Y.encodeStateAsUpdate(watcher.doc));
    let client = 1_000_000;
    const nextClient = () => client++;
    let tried = 0;
    const open = async () => FuzzSocket.open(app.url, document.id, await collabToken());
    const lanes = await Promise.all(Array.from({ length: LANES }, open));
    const trial = async (lane: number, sent: Uint8Array[]) => {
      if (!lanes[lane].usable) lanes[lane] = await open();
      const outcome = await lanes[lane].trial(sent, Y.encodeStateVector(model.doc));
      if (outcome.kind !== 'handled') lanes[lane].close();
      return outcome;
    };
    try {
      while (tried < frames) {
        for (let edits = dice.below(4); edits > 0; edits--) model.edit();
        // Made in a fixed order before anything is sent, so that the seed alone decides every frame.
        const probes = lanes.map((_, lane) => probeFor(dice, model, document.id, nextClient, lane === 0));
        const valid = model.waiting.splice(0, probes[0].kind === 'out of order' ? model.waiting.length - 2 : model.waiting.length);
        const sent = probes.map((probe, lane) => [...(lane === 0 ? valid.map((update) => syncFrame(document.id, update)) : []), ...probe.frames]);
        tried += sent.reduce((sum, laneFrames) => sum + laneFrames.length, 0);
        const outcomes = await Promise.all(sent.map((laneFrames, lane) => trial(lane, laneFrames)));
        model.sent.push(...valid);
        probes.forEach((probe, lane) => {
          const outcome = outcomes[lane];
          const key = `${probe.kind}: ${outcome.kind}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
          if (!matches(probe.expect, probe.reason, outcome))
            unexpected.push(`${probe.kind}: expected ${probe.expect} ${probe.reason ?? ''}, got ${JSON.stringify(outcome)}`);
          if (outcome.kind === 'handled' && probe.carried) model.take(probe.carried);
        });
        model.checkComplete();
        if (tried % 500 < LANES * 5) expect(await healthy()).toBe(true);
      }
      if (model.waiting.length) {
        const valid = model.waiting.splice(0);
        expect(
          await trial(
            0,
            valid.map((update) => syncFrame(document.id, update)),
          ),
        ).toEqual({ kind: 'handled' });
        tried += valid.length;
      }
    } finally {
      lanes.forEach((lane) => lane.close());
    }
    expect(unexpected.slice(0, 10)).toEqual([]);

    const expected = textOf(model.doc);
    await eventually(() => textOf(watcher.doc) === expected);
    const fresh = await openLive(app.url, writer, document.id, clients);
    expect(textOf(fresh.doc)).toBe(expected);
    // Everything written must read back alone, after the document leaves memory (it cannot while a save fails).
    clients.splice(0).forEach((live) => live.destroy());
    await eventually(() => !app.running.app.get(CollaborationServer).hocuspocus.documents.has(document.id), 20_000);
    const reopened = await openLive(app.url, writer, document.id, clients);
    expect(textOf(reopened.doc)).toBe(expected);
    expect(Y.encodeStateVector(reopened.doc)).toEqual(Y.encodeStateVector(model.doc));
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM quarantined_update WHERE "documentId" = $1', [document.id]);
    expect(n).toBe(0);
    clients.splice(0).forEach((live) => live.destroy());
    return tried;
  }

  it(`keeps documents whole through ${FRAMES} frames, valid ones and damaged ones mixed, sent by a writer`, async () => {
    const dice = new Dice(seededRandom(SEED));
    const counts = new Map<string, number>();
    const unexpected: string[] = [];
    let tried = 0;
    // Hocuspocus reports each refused message on the console: thousands of lines that say nothing here.
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => {});
    const started = Date.now();
    try {
      // A new document every so often: one document holding thousands of clients would only measure its own growth.
      while (tried < FRAMES) tried += await fuzzDocument(dice, Math.min(FRAMES_PER_DOCUMENT, FRAMES - tried), counts, unexpected);
      expect(await healthy()).toBe(true);
    } catch (error) {
      throw new Error(`update fuzz failed with FUZZ_SEED=${SEED} (${tried} frames tried): ${(error as Error).message}`, { cause: error });
    } finally {
      quiet.mockRestore();
      console.log(
        `update fuzz: seed ${SEED}, ${tried} frames tried in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
          [...counts]
            .sort()
            .map(([key, count]) => `${key} ${count}`)
            .join(', '),
      );
    }
  }, 300_000);
});
