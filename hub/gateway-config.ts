import { GatewayConfig } from '../gateway/config';
import { actorFromClaims } from '../policy';
import { devIssuer, devJwks } from './dev-issuer';
import { partnerLimitsFromEnv, resilienceFromEnv, shutdownGraceFromEnv, trustedDocumentsFromEnv } from './operations-config';

function positiveSeconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a whole number of seconds above 0`);
  return value;
}

/** Gateway configuration from the environment (see README, "Configuration"); without AUTH_JWKS_URL, the development issuer's. */
export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  if (env.POLICY_ON_FORBIDDEN && !['remove-fields', 'reject-operation'].includes(env.POLICY_ON_FORBIDDEN)) {
    throw new Error('POLICY_ON_FORBIDDEN must be remove-fields or reject-operation');
  }
  if (env.GRAPHQL_INTROSPECTION && !['true', 'false'].includes(env.GRAPHQL_INTROSPECTION)) {
    throw new Error('GRAPHQL_INTROSPECTION must be true or false');
  }
  if (env.NODE_ENV === 'production' && !env.AUTH_JWKS_URL) {
    throw new Error('AUTH_JWKS_URL must be set in production: the development issuer is for development only');
  }
  const subgraphUrls = Object.fromEntries(
    Object.entries(env)
      .filter(([key, value]) => /^SUBGRAPH_[A-Z]+_URL$/.test(key) && value)
      .map(([key, value]) => [key.slice('SUBGRAPH_'.length, -'_URL'.length).toLowerCase(), value as string]),
  );
  const resilience = resilienceFromEnv(env);
  return {
    port: Number(env.GATEWAY_PORT ?? env.PORT ?? 4000),
    authentication: {
      issuer: env.AUTH_ISSUER ?? devIssuer.issuer,
      audience: env.AUTH_AUDIENCE ?? devIssuer.audience,
      algorithms: (env.AUTH_ALGORITHMS ?? 'ES256,RS256,EdDSA').split(',').map((alg) => alg.trim()).filter(Boolean),
      jwksUrl: env.AUTH_JWKS_URL,
      localJwks: env.AUTH_JWKS_URL ? undefined : devJwks,
      clockToleranceSeconds: Number(env.AUTH_CLOCK_TOLERANCE_SECONDS ?? 5),
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
