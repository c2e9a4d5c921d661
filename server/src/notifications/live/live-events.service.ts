import { EventEmitter } from 'node:events';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { LOGGER } from '../../common/logger';
import { connectRedis } from '../../common/redis';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { mapEvents, type Mapped } from './map-events';

const CHANNEL = 'cocon:live';
/** Every open document and every signed-in header listens: many listeners on one topic are normal. */
const MAX_LISTENERS = 0;

/** What is published: a topic (`document:<id>`, `person:<id>`) and ids only, never content meant for someone. */
export interface LiveEvent {
  topic: string;
  payload: Record<string, unknown>;
}

/**
 * Tells open pages that something happened. Within one instance an event emitter; with REDIS_URL, every event goes
 * through one Redis channel, which each instance (this one included) listens to, so a comment written on one
 * instance reaches the people reading on another. Events carry ids: each listener then reads what it may see.
 */
@Injectable()
export class LiveEventsService implements OnModuleDestroy {
  private readonly local = new EventEmitter().setMaxListeners(MAX_LISTENERS);
  private readonly publisher: Redis | null = null;
  private readonly subscriber: Redis | null = null;
  private readonly subscribed: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    if (!config.redisUrl) return;
    this.publisher = connectRedis(config.redisUrl, 'live-events', { lazyConnect: false, maxRetriesPerRequest: 2 });
    this.subscriber = connectRedis(config.redisUrl, 'live-events', { lazyConnect: false });
    for (const client of [this.publisher, this.subscriber]) client.on('error', (error) => this.logger.warn({ err: error }, 'Redis (live events)'));
    this.subscriber.on('message', (_channel: string, message: string) => this.deliver(message));
    this.subscribed = this.subscriber.subscribe(CHANNEL).catch((error) => this.logger.error({ err: error }, 'Live events: Redis subscription failed'));
  }

  /** Resolves once the event is on its way to every instance. A lost event only delays what a page shows. */
  async publish(event: LiveEvent): Promise<void> {
    if (!this.publisher) {
      this.local.emit(event.topic, event.payload);
      return;
    }
    try {
      await this.subscribed;
      await this.publisher.publish(CHANNEL, JSON.stringify(event));
    } catch (error) {
      this.logger.warn({ err: error, topic: event.topic }, 'Live event not published');
    }
  }

  /** Events of one topic, as an async iterator that stops listening when it is returned (the client unsubscribed). */
  listen<T extends Record<string, unknown>>(topic: string): AsyncIterableIterator<T> {
    const queue: T[] = [];
    const waiting: ((result: IteratorResult<T>) => void)[] = [];
    let done = false;
    const onEvent = (payload: T) => {
      const next = waiting.shift();
      if (next) next({ value: payload, done: false });
      else queue.push(payload);
    };
    this.local.on(topic, onEvent);
    const stop = (): Promise<IteratorResult<T>> => {
      if (!done) {
        done = true;
        this.local.off(topic, onEvent);
        for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
      }
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => waiting.push(resolve));
      },
      return: stop,
      throw: async (error: unknown) => {
        await stop();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Events of one topic, each turned into what one subscriber receives: sent, skipped, or the end of the stream. */
  follow<S extends Record<string, unknown>, T>(topic: string, map: (event: S) => Promise<Mapped<T>>): AsyncIterableIterator<T> {
    return mapEvents(this.listen<S>(topic), map);
  }

  async onModuleDestroy(): Promise<void> {
    this.local.removeAllListeners();
    await Promise.all([this.publisher?.quit().catch(() => undefined), this.subscriber?.quit().catch(() => undefined)]);
  }

  private deliver(message: string): void {
    try {
      const event = JSON.parse(message) as LiveEvent;
      if (typeof event.topic === 'string') this.local.emit(event.topic, event.payload);
    } catch {
      this.logger.warn('Live events: unreadable message on Redis');
    }
  }
}
