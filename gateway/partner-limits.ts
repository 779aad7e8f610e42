import { once } from 'node:events';
import { Redis } from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { Semaphore } from 'redis-semaphore';
import { logger } from '../platform/logger';
import type { Actor } from '../policy/actor';

/** One partner's fair share of the hub. */
export interface PartnerLimit {
  /** Requests admitted per period (a fixed window of perSeconds, starting at the first request). */
  requests: number;
  perSeconds: number;
  /** Requests in flight at once. */
  concurrent: number;
}

export interface PartnerLimitsConfig {
  /** By organisation type; `default` for a type not named. Each organisation has its own budget of its type's size. */
  organisations: { default: PartnerLimit } & Record<string, PartnerLimit>;
  /** By application (the token's `client_id`, else `azp`), inside its organisation's budget; `default` for one not named. None: no per-application limit. */
  applications: Record<string, PartnerLimit>;
  /** Where the budgets are counted, so that every gateway replica spends the same ones; none: in this process's memory. */
  redisUrl?: string;
  /** Prefix of every Redis key, so that several hubs (or test runs) can share one Redis. */
  keyPrefix: string;
  /** A slot of the concurrency quota is given back when its request ends, and lapses this long after it was taken at the latest (a replica that dies mid-request frees its slots): longer than any request may last. */
  slotLeaseMs: number;
  /** How long a refusal is held before it is answered (gateway/fair-share.ts). */
  refusalHoldMs: number;
  /** How many refusals this process holds at once at most; beyond, they are answered at once and their connections closed. */
  maxHeldRefusals: number;
}

/** Who is counted: the organisation, and the application when the token names one. */
export interface Partner {
  actor: Actor;
  application: string | null;
}

export interface Refusal {
  scope: 'organisation' | 'application';
  limit: 'requests' | 'concurrent';
  retryAfterSeconds: number;
}

export type Admission = { release: () => void } | { refused: Refusal };

export interface PartnerLimits {
  /** Counts the request against its partner's budgets; refused when one is spent. An admitted request must be released when it ends. */
  admit(partner: Partner): Promise<Admission>;
  readonly refusalHoldMs: number;
  readonly maxHeldRefusals: number;
  close(): Promise<void>;
}

const REDIS_CONNECT_WAIT_MS = 3_000;
/** A Redis that accepts commands but does not answer them is treated as one that cannot be reached: counted in memory meanwhile. */
const REDIS_COMMAND_TIMEOUT_MS = 500;

interface Budget {
  scope: Refusal['scope'];
  key: string;
  limit: PartnerLimit;
  name: string;
}

/** Slots of a concurrency quota, counted in Redis (a sorted set of leases) or in memory. */
interface Slots {
  take(key: string, limit: number): Promise<(() => void) | null>;
}

function redisSlots(redis: Redis, keyPrefix: string, leaseMs: number): Slots {
  return {
    async take(key, limit) {
      // Not renewed while the request runs: redis-semaphore's renewal rejects unhandled when Redis is gone, which would end the
      // process. The lease outlasts any request instead (slotLeaseMs), and lapses only when its replica dies.
      const lease = new Semaphore(redis, `${keyPrefix}:in-flight:${key}`, limit, { lockTimeout: leaseMs, acquireAttemptsLimit: 1, retryInterval: 0, refreshInterval: 0 });
      if (!(await lease.tryAcquire())) return null;
      return () => void lease.release().catch((error) => logger.warn({ err: error, key }, 'a concurrency slot could not be given back; its lease expires'));
    },
  };
}

function memorySlots(): Slots {
  const taken = new Map<string, number>();
  return {
    async take(key, limit) {
      const inUse = taken.get(key) ?? 0;
      if (inUse >= limit) return null;
      taken.set(key, inUse + 1);
      return () => {
        const left = taken.get(key)! - 1;
        if (left) taken.set(key, left);
        else taken.delete(key);
      };
    },
  };
}

/**
 * Fair share per partner, checked before anything of a request is parsed or planned: each
 * organisation (and each application, where configured) may send so many requests a period and
 * have so many in flight. The rate is counted with rate-limiter-flexible, in Redis when configured
 * (with an in-memory stand-in while Redis is unreachable, so an outage of Redis costs the sharing
 * across replicas, not the service); once a partner's period is spent, its further requests in that
 * period are refused from memory, so a flood costs no Redis round trips.
 */
export async function createPartnerLimits(config: PartnerLimitsConfig): Promise<PartnerLimits> {
  const redis = config.redisUrl ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: REDIS_COMMAND_TIMEOUT_MS }) : null;
  // ioredis reports every failed reconnection; one line per outage is enough.
  let reachable = true;
  redis?.on('ready', () => (reachable = true));
  redis?.on('error', (error) => {
    if (reachable) logger.warn({ err: error }, 'Redis for the partner limits is unreachable; counting in memory meanwhile');
    reachable = false;
  });
  // Until Redis answers, each replica would count alone: wait for it at start, a little.
  if (redis) await Promise.race([once(redis, 'ready').catch(() => undefined), new Promise((resolve) => setTimeout(resolve, REDIS_CONNECT_WAIT_MS).unref())]);
  const slots = redis ? redisSlots(redis, config.keyPrefix, config.slotLeaseMs) : memorySlots();
  const fallbackSlots = memorySlots();
  const rateLimiters = new Map<string, RateLimiterAbstract>();

  function rateLimiter({ scope, name, limit }: Budget): RateLimiterAbstract {
    const id = `${scope}:${name}`;
    let limiter = rateLimiters.get(id);
    if (!limiter) {
      const { requests: points, perSeconds: duration } = limit;
      const memory = new RateLimiterMemory({ points, duration, keyPrefix: id });
      limiter = redis
        ? new RateLimiterRedis({ storeClient: redis, points, duration, keyPrefix: `${config.keyPrefix}:rate:${id}`, insuranceLimiter: memory, inMemoryBlockOnConsumed: points + 1 })
        : memory;
      rateLimiters.set(id, limiter);
    }
    return limiter;
  }

  // A name the configuration gives a limit of its own, else "default" (own keys only: a client id may be "constructor").
  const named = (limits: Record<string, PartnerLimit>, name: string) => (Object.hasOwn(limits, name) ? name : 'default');

  // The application's budget first: a request its application may not send spends nothing of its organisation's.
  function budgetsOf({ actor, application }: Partner): Budget[] {
    const budgets: Budget[] = [];
    const applicationLimit = application === null ? null : named(config.applications, application);
    if (applicationLimit !== null && Object.hasOwn(config.applications, applicationLimit)) {
      budgets.push({ scope: 'application', key: `application:${actor.organisationId}:${application}`, limit: config.applications[applicationLimit], name: applicationLimit });
    }
    const name = named(config.organisations, actor.organisationType);
    budgets.push({ scope: 'organisation', key: `organisation:${actor.organisationId}`, limit: config.organisations[name], name });
    return budgets;
  }

  async function takeSlot(key: string, limit: number) {
    try {
      return await slots.take(key, limit);
    } catch {
      return fallbackSlots.take(key, limit);
    }
  }

  return {
    refusalHoldMs: config.refusalHoldMs,
    maxHeldRefusals: config.maxHeldRefusals,
    async admit(partner) {
      const budgets = budgetsOf(partner);
      for (const budget of budgets) {
        try {
          await rateLimiter(budget).consume(budget.key);
        } catch (refusal) {
          if (!(refusal instanceof RateLimiterRes)) throw refusal;
          return { refused: { scope: budget.scope, limit: 'requests', retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) } };
        }
      }
      const releases: (() => void)[] = [];
      const release = () => releases.splice(0).forEach((give) => give());
      for (const budget of budgets) {
        const slot = await takeSlot(budget.key, budget.limit.concurrent);
        if (!slot) {
          release();
          return { refused: { scope: budget.scope, limit: 'concurrent', retryAfterSeconds: 1 } };
        }
        releases.push(slot);
      }
      return { release };
    },
    async close() {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
