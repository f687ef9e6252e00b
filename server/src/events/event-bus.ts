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
  close(): Promise<void>;
}

/** Reconnect quickly at first, then every 2 s, for as long as it takes. */
const retryStrategy = (attempt: number) => Math.min(50 * 2 ** attempt, 2_000);

export function createEventBus(opts: { redisUrl?: string; log: Logger }): EventBus {
  if (!opts.redisUrl) {
    const engine = new PubSub();
    return { kind: 'in-process', engine, publish: (topic, payload) => void engine.publish(topic, payload), close: async () => {} };
  }
  const connect = (role: string) => {
    const client = new Redis(opts.redisUrl!, { retryStrategy, maxRetriesPerRequest: 2, lazyConnect: false });
    client.on('error', (e) => opts.log.warn(`event bus: redis ${role}: ${e.message}`));
    return client;
  };
  const engine = new RedisPubSub({ publisher: connect('publisher'), subscriber: connect('subscriber') });
  return {
    kind: 'redis',
    engine,
    publish: (topic, payload) => {
      engine.publish(topic, payload).catch((e: Error) => opts.log.warn(`event bus: ${topic} not published: ${e.message}`));
    },
    close: async () => {
      await engine.close().catch(() => undefined);
    },
  };
}
