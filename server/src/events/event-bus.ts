// Events between the parts of the graph and between replicas: Redis pub/sub when REDIS_URL is set
// (graphql-redis-subscriptions, so a mutation on one replica reaches subscribers on every other),
// in process otherwise. Publishing never fails the mutation that caused it: an event that cannot
// be sent is logged, and subscribers recover from snapshots, never from the event stream alone.
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

export interface EventBus {
  kind: 'redis' | 'in-process';
  engine: PubSubEngine;
  publish(topic: string, payload: object): void;
  /** Called each time the bus comes back after losing its connection (messages may have been lost). */
  onReconnect(listener: () => void): void;
  /** Round-trips to Redis (readiness); null for the in-process bus. */
  ping: (() => Promise<unknown>) | null;
  close(): Promise<void>;
}

/** Reconnect quickly at first, then every 2 s, for as long as it takes. */
const retryStrategy = (attempt: number) => Math.min(50 * 2 ** attempt, 2_000);

export function createEventBus(opts: { redisUrl?: string; log: Logger }): EventBus {
  if (!opts.redisUrl) {
    const engine = new PubSub();
    return {
      kind: 'in-process',
      engine,
      publish: (topic, payload) => void engine.publish(topic, payload),
      onReconnect: () => {}, // nothing to lose
      ping: null,
      close: async () => {},
    };
  }
  const connect = (role: string) => {
    // No ready check (INFO): on a subscriber connection with subscriptions queued before the
    // connection is up, INFO is refused ("only subscriber commands") and 'ready' never comes.
    const client = new Redis(opts.redisUrl!, { retryStrategy, maxRetriesPerRequest: 2, lazyConnect: false, enableReadyCheck: false });
    client.on('error', (e) => opts.log.warn(`event bus: redis ${role}: ${e.message}`));
    return client;
  };
  const subscriber = connect('subscriber');
  const publisher = connect('publisher');
  const engine = new RedisPubSub({ publisher, subscriber });
  // The first 'ready' is the connection; each later one follows a loss, while which Redis dropped
  // whatever was published to this replica (ioredis re-subscribes by itself).
  const reconnectListeners: (() => void)[] = [];
  let readies = 0;
  subscriber.on('ready', () => {
    if (readies++ === 0) return;
    opts.log.warn('event bus: redis subscriber reconnected');
    for (const l of reconnectListeners) l();
  });
  return {
    kind: 'redis',
    engine,
    onReconnect: (listener) => void reconnectListeners.push(listener),
    ping: () => publisher.ping(),
    publish: (topic, payload) => {
      engine.publish(topic, payload).catch((e: Error) => opts.log.warn(`event bus: ${topic} not published: ${e.message}`));
    },
    close: async () => {
      await engine.close().catch(() => undefined);
    },
  };
}
