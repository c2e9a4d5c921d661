import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';

const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const MESSAGE_CLOSE = 7;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const AUTH_TOKEN = 0;
const AUTH_DENIED = 1;

/** What became of the frames of one trial: all handled, their document connection closed by the server, or the socket lost. */
export type TrialOutcome = { kind: 'handled' } | { kind: 'refused'; reason: string } | { kind: 'socket closed'; code: number };

const TRIAL_TIMEOUT_MS = 10_000;

/**
 * A hand-made client of /collab speaking Hocuspocus's protocol on a raw socket, to send frames no provider would.
 * A trial sends frames, then a sync step 1 as a barrier: the server handles one connection's messages in order, so
 * its sync step 2 answer means every frame before was handled without the connection being closed.
 */
export class FuzzSocket {
  private listener: ((outcome: TrialOutcome) => void) | null = null;
  private closedCode: number | null = null;

  private constructor(
    private readonly socket: WebSocket,
    private readonly documentId: string,
  ) {
    socket.on('message', (data: Buffer) => this.receive(new Uint8Array(data)));
    socket.on('close', (code: number) => {
      this.closedCode = code;
      this.settle({ kind: 'socket closed', code });
    });
  }

  /** A socket authenticated for one document, ready for trials. */
  static async open(baseUrl: string, documentId: string, token: string): Promise<FuzzSocket> {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/collab`);
    socket.on('error', () => {});
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const fuzz = new FuzzSocket(socket, documentId);
    await new Promise<void>((resolve, reject) => {
      socket.once('message', (data: Buffer) => {
        const decoder = decoding.createDecoder(new Uint8Array(data));
        decoding.readVarString(decoder);
        const type = decoding.readVarUint(decoder);
        if (type === MESSAGE_AUTH && decoding.readVarUint(decoder) === AUTH_DENIED) reject(new Error(decoding.readVarString(decoder)));
        else resolve();
      });
      socket.send(
        fuzz.message(MESSAGE_AUTH, (encoder) => {
          encoding.writeVarUint(encoder, AUTH_TOKEN);
          encoding.writeVarString(encoder, token);
        }),
      );
    });
    return fuzz;
  }

  get usable(): boolean {
    return this.closedCode === null;
  }

  /** Sends the frames and a barrier; resolves with what the server did with them. */
  trial(frames: Uint8Array[], stateVector: Uint8Array): Promise<TrialOutcome> {
    if (this.closedCode !== null) return Promise.resolve({ kind: 'socket closed', code: this.closedCode });
    return new Promise<TrialOutcome>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the server answered none of the trial’s frames')), TRIAL_TIMEOUT_MS);
      this.listener = (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      };
      for (const frame of frames) this.socket.send(frame);
      this.socket.send(
        this.message(MESSAGE_SYNC, (encoder) => {
          encoding.writeVarUint(encoder, SYNC_STEP_1);
          encoding.writeVarUint8Array(encoder, stateVector);
        }),
      );
    });
  }

  close(): void {
    this.closedCode ??= 1000;
    this.socket.terminate();
  }

  private message(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.documentId);
    encoding.writeVarUint(encoder, type);
    write(encoder);
    return encoding.toUint8Array(encoder);
  }

  private receive(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_CLOSE) this.settle({ kind: 'refused', reason: decoding.readVarString(decoder) });
    else if (type === MESSAGE_SYNC && decoding.readVarUint(decoder) === SYNC_STEP_2) this.settle({ kind: 'handled' });
  }

  private settle(outcome: TrialOutcome): void {
    const listener = this.listener;
    this.listener = null;
    listener?.(outcome);
  }
}
