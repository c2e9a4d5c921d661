/** What to do with one event: send this value, skip the event, or end the subscription. */
export type Mapped<T> = { send: T } | 'skip' | 'end';

/**
 * Turns a stream of raw events into what one subscriber receives, one event at a time. Returning the result
 * (the client unsubscribed or left) stops the source at once, even while it waits for its next event.
 */
export function mapEvents<S, T>(source: AsyncIterableIterator<S>, map: (event: S) => Promise<Mapped<T>>): AsyncIterableIterator<T> {
  const finish = async (): Promise<IteratorResult<T>> => {
    await source.return?.();
    return { value: undefined, done: true };
  };
  return {
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        const event = await source.next();
        if (event.done) return { value: undefined, done: true };
        const mapped = await map(event.value);
        if (mapped === 'end') return finish();
        if (mapped !== 'skip') return { value: mapped.send, done: false };
      }
    },
    return: finish,
    async throw(error: unknown) {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
