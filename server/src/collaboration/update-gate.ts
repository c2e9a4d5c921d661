import { COLLAB_CONTENT_REFUSED, COLLAB_UPDATE_UNREADABLE, COLLABORATION_FIELD } from '@cocon/shared';
import * as Y from 'yjs';
import { missingDependency } from './update-dependencies';
import { problemInNewItem } from './yjs-content-check';

/** Close codes of a refused change (4xxx: the application's own range). */
const UNREADABLE_CODE = 4400;
const CONTENT_REFUSED_CODE = 4422;

/** Thrown from beforeHandleMessage: Hocuspocus closes the connection with this code and reason, and applies nothing. */
export class UpdateRefused extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    /** What was wrong, for the log (never shown: the reason says it in French). */
    readonly detail: string,
  ) {
    super(detail);
  }
}

export const unreadableUpdate = (detail: string) => new UpdateRefused(UNREADABLE_CODE, COLLAB_UPDATE_UNREADABLE, detail);

function copyOf(document: Y.Doc): Y.Doc {
  const copy = new Y.Doc({ gc: document.gc, gcFilter: document.gcFilter });
  // Typed before anything arrives, so that its items are read as the editor's XmlFragment.
  copy.getXmlFragment(COLLABORATION_FIELD);
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(document));
  // What waits for a missing dependency stays in the document; the copy only ever holds what is integrated, so that
  // anything left waiting after a change can only come from that change.
  copy.store.pendingStructs = null;
  copy.store.pendingDs = null;
  return copy;
}

/** Every item a transaction created, read from the store between the state before it and now. */
function* newItems(transaction: Y.Transaction): Generator<Y.Item> {
  for (const [client, structs] of transaction.doc.store.clients) {
    const before = transaction.beforeState.get(client) ?? 0;
    const last = structs[structs.length - 1];
    if (last.id.clock + last.length <= before) continue;
    for (let index = before === 0 ? 0 : Y.findIndexSS(structs, before); index < structs.length; index++) {
      const struct = structs[index];
      if (struct instanceof Y.Item) yield struct;
    }
  }
}

/**
 * A copy of one open document on which each client's change is tried before the document and the log see it: a
 * change that does not decode, does not apply, leaves something waiting for a change the server never had, or
 * adds what the editor's schema does not allow is refused there, and the copy is rebuilt. What is written to the
 * log is the change as Yjs itself encodes it once applied, never the client's bytes, so a loaded log always decodes.
 *
 * The copy follows the document (every change it takes, from any origin, is applied to the copy too), and costs
 * one more apply per change: a whole copy per change would be far slower on a long document. Only the items a
 * change adds are checked, and their attributes and marks, not the whole document again.
 */
export class UpdateGate {
  private copy: Y.Doc;
  private readonly follow = (update: Uint8Array) => Y.applyUpdate(this.copy, update);

  constructor(private readonly document: Y.Doc) {
    this.copy = copyOf(document);
    document.on('update', this.follow);
  }

  /** Tries a change on the copy: returns it as Yjs encodes it (null when nothing in it is new), or throws UpdateRefused. */
  admit(update: Uint8Array): Uint8Array | null {
    this.precheck(update);
    let encoded: Uint8Array | null = null;
    const capture = (written: Uint8Array) => (encoded = written);
    this.copy.on('update', capture);
    try {
      const found: { problem: string | null } = { problem: null };
      try {
        this.copy.transact((transaction) => {
          Y.applyUpdate(this.copy, update);
          for (const item of newItems(transaction)) {
            found.problem = problemInNewItem(item);
            if (found.problem) break;
          }
        });
      } catch (error) {
        throw unreadableUpdate(`does not apply: ${(error as Error).message}`);
      }
      if (this.copy.store.pendingStructs || this.copy.store.pendingDs) throw unreadableUpdate('depends on changes the server does not have');
      if (found.problem) throw new UpdateRefused(CONTENT_REFUSED_CODE, COLLAB_CONTENT_REFUSED, found.problem);
    } catch (error) {
      this.rebuild();
      throw error;
    } finally {
      this.copy.off('update', capture);
    }
    return encoded;
  }

  /** Refuses what can be seen not to apply without touching the copy, so that most refusals need no rebuild. */
  private precheck(update: Uint8Array): void {
    let missing: string | null;
    try {
      missing = missingDependency(update, (client) => Y.getState(this.copy.store, client));
    } catch (error) {
      throw unreadableUpdate(`does not decode: ${(error as Error).message}`);
    }
    if (missing) throw unreadableUpdate(`depends on changes the server does not have: ${missing}`);
  }

  /** The copy took a refused change: it starts again from the document (a whole copy, so only after the precheck passed). */
  private rebuild(): void {
    this.copy.destroy();
    this.copy = copyOf(this.document);
  }

  destroy(): void {
    this.document.off('update', this.follow);
    this.copy.destroy();
  }
}
