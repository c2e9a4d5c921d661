import type { Connection } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import type { Logger } from 'pino';

/** Hocuspocus's "this update is saved" message, which the client turns into "Enregistré". */
const MESSAGE_SYNC_STATUS = 8;
const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 5000;
/** SQLSTATE classes of a database that is away rather than of a statement it refused: worth trying again. */
const PASSING_SQLSTATE = /^(08|53|57)/;

export type WriteUpdate = () => Promise<string>;

function isSyncStatus(message: Uint8Array): boolean {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  return decoding.readVarUint(decoder) === MESSAGE_SYNC_STATUS;
}

/** A refusal of the statement itself (the document deleted meanwhile, say): trying again would not help. */
function isRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !PASSING_SQLSTATE.test(code);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A change is applied and passed on to the others at once, and its author is told it is saved only once it is
 * written: so the database's time is not added to what everyone waits to see another's keystroke, and "Enregistré"
 * still never runs ahead of what is durable. An acknowledgement also waits for every change applied to the
 * document before it, so that a client coming back to a copy that already holds its change is not told it is saved
 * before that change is written. While the database is away, writes are tried again and the client keeps its
 * changes as waiting.
 */
export class DurableAcknowledgements {
  /** Per document: settles once every change applied to it so far has been written (or refused for good). */
  private readonly written = new Map<string, Promise<unknown>>();
  /** Per connection: the write its message being handled waits for (messages are handled one at a time). */
  private readonly holding = new WeakMap<Connection, Promise<unknown>>();
  private readonly watched = new WeakSet<Connection>();
  private databaseAway = false;
  private stopped = false;

  constructor(private readonly logger: Logger) {}

  /**
   * Called before a connection's update is applied: starts writing it, and holds that message's acknowledgement
   * until it and every earlier change to the document are written. `onWritten` receives the log entry's id. With no
   * write (the document already held all of the change), the acknowledgement still waits for the earlier ones.
   */
  hold(connection: Connection, documentId: string, write: WriteUpdate | null, onWritten: (id: string) => void): void {
    this.watch(connection);
    const earlier = this.written.get(documentId);
    const own = (write ? this.writeUntilDone(write, documentId).then(onWritten) : Promise.resolve()).catch((error: unknown) => {
      if (this.stopped) throw error;
      this.logger.error({ err: error, documentId }, 'Update refused by the database: the connection is reset, the client keeps its change');
      connection.close();
      throw error;
    });
    const all = Promise.all([earlier, own]);
    this.holding.set(connection, all);
    const settled = all.catch(() => undefined);
    this.written.set(documentId, settled);
    void settled.then(() => {
      if (this.written.get(documentId) === settled) this.written.delete(documentId);
    });
  }

  /** Documents with writes not yet settled. */
  get documentsWaiting(): number {
    return this.written.size;
  }

  /** Called once the message is handled: later messages of this connection hold their own acknowledgements. */
  release(connection: Connection): void {
    this.holding.delete(connection);
  }

  /**
   * At shutdown, once every open document is stored whole: writes still waiting for the database are given up
   * (their changes are in what was stored, or still on their clients, unacknowledged).
   */
  stop(): void {
    this.stopped = true;
  }

  /** The acknowledgement sent while a held message is handled waits for its write; every other message goes out at once. */
  private watch(connection: Connection): void {
    if (this.watched.has(connection)) return;
    this.watched.add(connection);
    const send = connection.send.bind(connection);
    connection.send = (message: Uint8Array) => {
      const held = this.holding.get(connection);
      if (held && isSyncStatus(message))
        void held.then(
          () => send(message),
          () => undefined,
        );
      else send(message);
    };
  }

  private async writeUntilDone(write: WriteUpdate, documentId: string): Promise<string> {
    for (let wait = FIRST_RETRY_MS; ; wait = Math.min(wait * 2, LAST_RETRY_MS)) {
      try {
        const id = await write();
        if (this.databaseAway) {
          this.databaseAway = false;
          this.logger.info('Database reachable again: waiting changes written');
        }
        return id;
      } catch (error) {
        if (this.stopped || isRefusal(error)) throw error;
        if (!this.databaseAway) {
          this.databaseAway = true;
          this.logger.warn({ err: error, documentId }, 'Database unreachable: changes are kept in memory and written once it is back');
        }
        await sleep(wait);
      }
    }
  }
}
