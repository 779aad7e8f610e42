import { PartnerLimit, PartnerLimitsConfig } from '../gateway/partner-limits';
import { defaultResilience, SubgraphResilience } from '../gateway/subgraph-breaker';
import { OrganisationType } from '../policy/organisation-types';
import { REQUEST_RECEIPT_TIMEOUT_MS } from '../platform/http';
import { logger } from '../platform/logger';
import { TrustedDocumentsConfig, TrustedDocumentsMode } from '../gateway/trusted-documents';

/** Fair shares when RATE_LIMITS names none: the Safe Home's own team does the case work, and gets more. */
export const defaultPartnerLimits: PartnerLimitsConfig['organisations'] = {
  default: { requests: 10, perSeconds: 1, concurrent: 4 },
  [OrganisationType.SAFE_HOME]: { requests: 20, perSeconds: 1, concurrent: 8 },
};

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, least = 1): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < least) throw new Error(`${name} must be a whole number, ${least} or more`);
  return value;
}

function partnerLimit(value: unknown, where: string): PartnerLimit {
  const limit = value as Partial<Record<keyof PartnerLimit, unknown>>;
  const keys = typeof value === 'object' && value !== null ? Object.keys(value) : [];
  const valid = (n: unknown) => Number.isInteger(n) && (n as number) > 0;
  if (keys.length !== 3 || !valid(limit.requests) || !valid(limit.perSeconds) || !valid(limit.concurrent)) {
    throw new Error(`RATE_LIMITS ${where} must be {"requests": n, "perSeconds": n, "concurrent": n}, whole numbers above 0`);
  }
  return limit as PartnerLimit;
}

function limitsByName(value: unknown, where: string, allowed?: string[]): Record<string, PartnerLimit> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`RATE_LIMITS ${where} must be an object`);
  return Object.fromEntries(
    Object.entries(value).map(([name, limit]) => {
      if (allowed && !allowed.includes(name)) throw new Error(`RATE_LIMITS ${where}: "${name}" is not an organisation type (${allowed.join(', ')})`);
      return [name, partnerLimit(limit, `${where}.${name}`)];
    }),
  );
}

/**
 * RATE_LIMITS (JSON, over the defaults): {"organisations": {"default"|<type>: {"requests", "perSeconds", "concurrent"}},
 * "applications": {"default"|<client id>: {...}}}; REDIS_URL to share the budgets between replicas.
 */
export function partnerLimitsFromEnv(env: NodeJS.ProcessEnv, resilience: SubgraphResilience): PartnerLimitsConfig {
  let configured: Record<string, unknown> = {};
  try {
    if (env.RATE_LIMITS) configured = JSON.parse(env.RATE_LIMITS);
  } catch {
    throw new Error('RATE_LIMITS must be JSON');
  }
  if (typeof configured !== 'object' || configured === null || Object.keys(configured).some((key) => !['organisations', 'applications'].includes(key))) {
    throw new Error('RATE_LIMITS must be an object with "organisations" and/or "applications"');
  }
  return {
    organisations: { ...defaultPartnerLimits, ...limitsByName(configured.organisations, 'organisations', ['default', ...Object.values(OrganisationType)]) },
    applications: limitsByName(configured.applications, 'applications'),
    redisUrl: env.REDIS_URL || undefined,
    keyPrefix: env.RATE_LIMIT_KEY_PREFIX ?? 'safehome',
    // Longer than any request: the time to receive it, its deadline, and the disclosure log's write.
    slotLeaseMs: REQUEST_RECEIPT_TIMEOUT_MS + resilience.requestDeadlineMs + 15_000,
    refusalHoldMs: wholeNumber(env, 'RATE_LIMIT_HOLD_MS', 1_000, 0),
    maxHeldRefusals: wholeNumber(env, 'RATE_LIMIT_MAX_HELD', 1_000, 0),
  };
}

/** SUBGRAPH_TIMEOUT_MS, REQUEST_DEADLINE_MS, CIRCUIT_BREAK_AFTER_FAILURES, CIRCUIT_HALF_OPEN_AFTER_MS. */
export function resilienceFromEnv(env: NodeJS.ProcessEnv): SubgraphResilience {
  return {
    fetchTimeoutMs: wholeNumber(env, 'SUBGRAPH_TIMEOUT_MS', defaultResilience.fetchTimeoutMs),
    requestDeadlineMs: wholeNumber(env, 'REQUEST_DEADLINE_MS', defaultResilience.requestDeadlineMs),
    breakAfterFailures: wholeNumber(env, 'CIRCUIT_BREAK_AFTER_FAILURES', defaultResilience.breakAfterFailures),
    halfOpenAfterMs: wholeNumber(env, 'CIRCUIT_HALF_OPEN_AFTER_MS', defaultResilience.halfOpenAfterMs),
  };
}

/** SHUTDOWN_GRACE_MS: how long a stopping process lets its requests in flight finish (default 15 s, above the request deadline). */
export const shutdownGraceFromEnv = (env: NodeJS.ProcessEnv) => wholeNumber(env, 'SHUTDOWN_GRACE_MS', 15_000);

const trustedDocumentsModes: TrustedDocumentsMode[] = ['off', 'allow', 'enforce'];

/**
 * TRUSTED_DOCUMENTS (off | allow | enforce; enforce in production, allow otherwise) and
 * TRUSTED_DOCUMENTS_ADHOC_APPLICATIONS (client ids, comma-separated; the explorer outside production, none in it).
 */
export function trustedDocumentsFromEnv(env: NodeJS.ProcessEnv): TrustedDocumentsConfig {
  const production = env.NODE_ENV === 'production';
  const mode = (env.TRUSTED_DOCUMENTS || (production ? 'enforce' : 'allow')) as TrustedDocumentsMode;
  if (!trustedDocumentsModes.includes(mode)) throw new Error(`TRUSTED_DOCUMENTS must be ${trustedDocumentsModes.join(', ')}`);
  const adHoc = env.TRUSTED_DOCUMENTS_ADHOC_APPLICATIONS ?? (production ? '' : 'safe-home-explorer');
  const adHocApplications = adHoc.split(',').map((id) => id.trim()).filter(Boolean);
  if (production && (mode !== 'enforce' || adHocApplications.length)) {
    logger.warn({ mode, adHocApplications }, 'trusted documents are not enforced for every application in production: documents the DPO has not approved run');
  }
  return { mode, adHocApplications };
}
