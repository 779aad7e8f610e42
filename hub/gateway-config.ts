import { JSONWebKeySet } from 'jose';
import { parseClaimsMapping } from '../gateway/claims-mapping';
import { GatewayConfig } from '../gateway/config';
import { actorFromClaims } from '../policy';
import { partnerLimitsFromEnv, resilienceFromEnv, shutdownGraceFromEnv, trustedDocumentsFromEnv } from './operations-config';

function positiveSeconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a whole number of seconds above 0`);
  return value;
}

/** The most leeway on a token's times the gateway takes: clocks drift seconds, not hours (the leeway lengthens every token's life). */
const MAX_CLOCK_TOLERANCE_SECONDS = 300;

/** AUTH_CLOCK_TOLERANCE_SECONDS, checked: a value that is no number would make every expiry check pass (jose compares with NaN). */
function clockToleranceSeconds(env: NodeJS.ProcessEnv): number {
  const text = env.AUTH_CLOCK_TOLERANCE_SECONDS ?? '5';
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > MAX_CLOCK_TOLERANCE_SECONDS) {
    throw new Error(`AUTH_CLOCK_TOLERANCE_SECONDS must be a whole number of seconds from 0 to ${MAX_CLOCK_TOLERANCE_SECONDS}`);
  }
  return value;
}

/** The identity provider whose access tokens the gateway accepts: its issuer, the audience it gives the hub, its keys. */
export interface TrustedIssuer {
  issuer: string;
  audience: string;
  /** Where the provider publishes its keys (AUTH_JWKS_URL). */
  jwksUrl?: string;
  /** Or the keys in hand: the tests' own issuer (tests/support/test-issuer.ts), never configured by the environment. */
  localJwks?: () => Promise<JSONWebKeySet>;
}

/** AUTH_ISSUER, AUTH_JWKS_URL and AUTH_AUDIENCE: any OpenID provider (npm start sets them to its development provider's). */
export function trustedIssuerFromEnv(env: NodeJS.ProcessEnv): TrustedIssuer {
  if (!env.AUTH_ISSUER || !env.AUTH_JWKS_URL) {
    throw new Error("AUTH_ISSUER and AUTH_JWKS_URL must name the identity provider whose tokens the gateway accepts (npm start sets them to its development provider's)");
  }
  return { issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE ?? 'safe-home-hub', jwksUrl: env.AUTH_JWKS_URL };
}

/** Gateway configuration from the environment (see README, "Configuration"); `trusted`, when given, instead of the AUTH_ issuer. */
export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env, trusted?: TrustedIssuer): GatewayConfig {
  if (env.POLICY_ON_FORBIDDEN && !['remove-fields', 'reject-operation'].includes(env.POLICY_ON_FORBIDDEN)) {
    throw new Error('POLICY_ON_FORBIDDEN must be remove-fields or reject-operation');
  }
  if (env.GRAPHQL_INTROSPECTION && !['true', 'false'].includes(env.GRAPHQL_INTROSPECTION)) {
    throw new Error('GRAPHQL_INTROSPECTION must be true or false');
  }
  const subgraphUrls = Object.fromEntries(
    Object.entries(env)
      .filter(([key, value]) => /^SUBGRAPH_[A-Z]+_URL$/.test(key) && value)
      .map(([key, value]) => [key.slice('SUBGRAPH_'.length, -'_URL'.length).toLowerCase(), value as string]),
  );
  const resilience = resilienceFromEnv(env);
  const { issuer, audience, jwksUrl, localJwks } = trusted ?? trustedIssuerFromEnv(env);
  return {
    port: Number(env.GATEWAY_PORT ?? env.PORT ?? 4000),
    authentication: {
      issuer,
      audience,
      algorithms: (env.AUTH_ALGORITHMS ?? 'ES256,RS256,EdDSA').split(',').map((alg) => alg.trim()).filter(Boolean),
      jwksUrl,
      localJwks,
      claims: env.AUTH_CLAIMS ? parseClaimsMapping(env.AUTH_CLAIMS) : {},
      clockToleranceSeconds: clockToleranceSeconds(env),
      maxTokenLifetimeSeconds: positiveSeconds(env, 'AUTH_MAX_TOKEN_LIFETIME_SECONDS', 3600),
      readActor: (claims) => actorFromClaims(claims),
    },
    subgraphUrls,
    onForbidden: env.POLICY_ON_FORBIDDEN === 'reject-operation' ? 'reject-operation' : 'remove-fields',
    introspection: (env.GRAPHQL_INTROSPECTION ?? String(env.NODE_ENV !== 'production')) === 'true',
    partnerLimits: partnerLimitsFromEnv(env, resilience),
    resilience,
    shutdownGraceMs: shutdownGraceFromEnv(env),
    trustedDocuments: trustedDocumentsFromEnv(env),
  };
}
