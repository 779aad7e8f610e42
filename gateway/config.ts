import { JSONWebKeySet } from 'jose';
import type { Actor } from '../policy/actor';
import type { ClaimsMapping } from './claims-mapping';
import type { PartnerLimitsConfig } from './partner-limits';
import type { SubgraphResilience } from './subgraph-breaker';
import type { TrustedDocumentsConfig } from './trusted-documents';

export interface AuthenticationConfig {
  issuer: string;
  audience: string;
  /** Accepted signature algorithms; anything else (and "none") is refused. */
  algorithms: string[];
  /** A JWKS URL of the identity provider. */
  jwksUrl?: string;
  /** Without a JWKS URL: the key set to verify against (the tests' own issuer). */
  localJwks?: () => Promise<JSONWebKeySet>;
  /** Where the identity provider puts the hub's claims, when under other names (AUTH_CLAIMS). */
  claims: ClaimsMapping;
  clockToleranceSeconds: number;
  /** The longest lifetime (exp − iat) a token may have; a longer-lived one is refused. */
  maxTokenLifetimeSeconds: number;
  /** Reads the actor from a verified token's claims; throws (with why) when they describe none. */
  readActor: (claims: Record<string, unknown>) => Actor;
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
  /** Each partner's fair share: RATE_LIMITS, REDIS_URL. */
  partnerLimits: PartnerLimitsConfig;
  /** Subgraph fetch timeout, request deadline and circuit breaking. */
  resilience: SubgraphResilience;
  /** SHUTDOWN_GRACE_MS: how long a stopping gateway lets its requests in flight finish. */
  shutdownGraceMs: number;
  /** TRUSTED_DOCUMENTS, TRUSTED_DOCUMENTS_ADHOC_APPLICATIONS. */
  trustedDocuments: TrustedDocumentsConfig;
}
