import { devIssuer } from './dev-issuer';

export interface AuthenticationConfig {
  issuer: string;
  audience: string;
  /** Accepted signature algorithms; anything else (and "none") is refused. */
  algorithms: string[];
  /** A JWKS URL of the identity provider; without one, the development issuer's local JWKS is used. */
  jwksUrl?: string;
  clockToleranceSeconds: number;
  /** The longest lifetime (exp − iat) a token may have; a longer-lived one is refused. */
  maxTokenLifetimeSeconds: number;
}

export interface GatewayConfig {
  port: number;
  authentication: AuthenticationConfig;
  /** Subgraph GraphQL endpoints by name; unset ones keep the supergraph's routing URL. */
  subgraphUrls: Record<string, string>;
  /** POLICY_ON_FORBIDDEN: remove-fields (default) or reject-operation. */
  onForbidden: 'remove-fields' | 'reject-operation';
  /** GRAPHQL_INTROSPECTION: whether authenticated actors may introspect the API schema; off by default in production. */
  introspection: boolean;
}

function positiveSeconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a whole number of seconds above 0`);
  return value;
}

/** Gateway configuration from the environment (see README, "Configuration"). */
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
  return {
    port: Number(env.GATEWAY_PORT ?? env.PORT ?? 4000),
    authentication: {
      issuer: env.AUTH_ISSUER ?? devIssuer.issuer,
      audience: env.AUTH_AUDIENCE ?? devIssuer.audience,
      algorithms: (env.AUTH_ALGORITHMS ?? 'ES256,RS256,EdDSA').split(',').map((alg) => alg.trim()).filter(Boolean),
      jwksUrl: env.AUTH_JWKS_URL,
      clockToleranceSeconds: Number(env.AUTH_CLOCK_TOLERANCE_SECONDS ?? 5),
      maxTokenLifetimeSeconds: positiveSeconds(env, 'AUTH_MAX_TOKEN_LIFETIME_SECONDS', 3600),
    },
    subgraphUrls,
    onForbidden: env.POLICY_ON_FORBIDDEN === 'reject-operation' ? 'reject-operation' : 'remove-fields',
    introspection: (env.GRAPHQL_INTROSPECTION ?? String(env.NODE_ENV !== 'production')) === 'true',
  };
}
