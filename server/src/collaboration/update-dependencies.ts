import * as Y from 'yjs';

/**
 * Why an update could not apply whole to a document of this state vector, read from the update alone: its bytes do
 * not decode (throws), it starts past what the document has of a client, points to an item neither has, or deletes
 * what neither has. Null when nothing of that shows: the update may still fail when applied.
 *
 * Said before anything is applied, so that most refused changes cost only their own decoding, not a rebuilt copy
 * of the whole document: a writer sending damaged frames in a loop must not make the server copy a long document
 * at each one.
 */
export function missingDependency(update: Uint8Array, state: (client: number) => number): string | null {
  const { structs, ds } = Y.decodeUpdate(update);
  /** Per client, the clock up to which the document will have everything once the update's structs are in. */
  const reach = new Map<number, number>();
  const reached = (client: number) => reach.get(client) ?? state(client);
  for (const struct of structs) {
    // A skip stands for clocks the update does not hold: what follows it must be there already.
    if (struct instanceof Y.Skip) continue;
    const { client, clock } = struct.id;
    if (clock > reached(client)) return `starts at clock ${clock} of client ${client}, which has only ${reached(client)}`;
    reach.set(client, Math.max(reached(client), clock + struct.length));
  }
  const has = (id: Y.ID | null) => id === null || id.clock < reached(id.client);
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const parent = struct.parent instanceof Y.ID ? struct.parent : null;
    for (const id of [struct.origin, struct.rightOrigin, parent]) {
      if (!has(id)) return `points to clock ${id!.clock} of client ${id!.client}, which has only ${reached(id!.client)}`;
    }
  }
  for (const [client, deletes] of ds.clients) {
    for (const { clock, len } of deletes) {
      if (clock + len > reached(client)) return `deletes up to clock ${clock + len} of client ${client}, which has only ${reached(client)}`;
    }
  }
  return null;
}
