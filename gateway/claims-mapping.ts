import type { JWTPayload } from 'jose';

/** The claims the hub reads from an access token besides `sub`: the actor's, and the client it was issued to. */
export const hubClaims = ['org', 'org_type', 'role', 'safe_home', 'purpose', 'client_id'] as const;
export type HubClaim = (typeof hubClaims)[number];

/** Which claim of the identity provider's tokens carries each of the hub's (AUTH_CLAIMS); an unnamed one keeps its own name. */
export type ClaimsMapping = Partial<Record<HubClaim, string>>;

/** A mapping as configured: a JSON object from the hub's claim names to the provider's; anything else is refused at start-up. */
export function parseClaimsMapping(json: string): ClaimsMapping {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('AUTH_CLAIMS must be a JSON object, e.g. {"org":"organisation","role":"safe_home_role"}');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('AUTH_CLAIMS must be a JSON object from claim to claim');
  for (const [claim, source] of Object.entries(parsed)) {
    if (!(hubClaims as readonly string[]).includes(claim)) throw new Error(`AUTH_CLAIMS: "${claim}" is not a claim the hub reads (${hubClaims.join(', ')})`);
    if (typeof source !== 'string' || !source) throw new Error(`AUTH_CLAIMS: "${claim}" must name a claim of the identity provider's tokens`);
  }
  return parsed as ClaimsMapping;
}

/**
 * The token's claims under the hub's names: each mapped claim is read from the provider's claim
 * (and only from there: a token cannot carry the hub's name beside it to override the mapping).
 */
export function mapClaims(payload: JWTPayload, mapping: ClaimsMapping): JWTPayload {
  const claims: JWTPayload = { ...payload };
  for (const [claim, source] of Object.entries(mapping)) {
    delete claims[claim];
    if (payload[source] !== undefined) claims[claim] = payload[source];
  }
  return claims;
}
