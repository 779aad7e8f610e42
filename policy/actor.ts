import { OrganisationType, regionlessOrganisationTypes } from './organisation-types';
import { Purpose, purposesByRole } from './purposes';
import { Role, roleOrganisationTypes } from './roles';

/** Who is asking, as established by authentication: the input to every policy decision. */
export interface Actor {
  subject: string;
  organisationId: string;
  organisationType: OrganisationType;
  role: Role;
  /** The Safe Home region the organisation belongs to; null for one that works for all of Flanders (the central team). */
  safeHomeId: string | null;
  purpose: Purpose;
  /** Declared for this request only: an emergency, with its written justification (see rules.ts). */
  breakGlass?: { justification: string };
}

/** The token claims that carry an actor. Kept flat and short, as JWT claims usually are. */
export interface ActorClaims {
  sub: string;
  org: string;
  org_type: string;
  role: string;
  /** Absent for an organisation that belongs to no Safe Home region. */
  safe_home?: string;
  purpose: string;
  /** Only in the gateway's actor tokens to subgraphs, never accepted from a partner's token. */
  break_glass?: string;
}

export class InvalidActorError extends Error {}

function oneOf<T extends string>(values: Record<string, T>, value: unknown, claim: string): T {
  if (typeof value === 'string' && (Object.values(values) as string[]).includes(value)) return value as T;
  throw new InvalidActorError(`claim "${claim}" is missing or not one of ${Object.values(values).join(', ')}`);
}

// The claim "break_glass" carries the justification the gateway took (gateway/break-glass.ts): up to 1000 characters, lines and tabs allowed.
const MAX_JUSTIFICATION = 1000;
const justificationControl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

// Control characters and unpaired surrogates: no one's name holds them, and the disclosure log cannot store a NUL or a lone surrogate.
const nameControl = /[\u0000-\u001f\u007f]/;
const unpairedSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function text(value: unknown, claim: string, { maxLength = 200, control = nameControl } = {}): string {
  if (typeof value === 'string' && value.length > 0 && value.length <= maxLength && !control.test(value) && !unpairedSurrogate.test(value)) return value;
  throw new InvalidActorError(`claim "${claim}" is missing or malformed`);
}

/** The Safe Home claim: required of an organisation of a region, refused from one of all of Flanders. */
function safeHomeOf(claims: Record<string, unknown>, organisationType: OrganisationType): string | null {
  if (!regionlessOrganisationTypes.includes(organisationType)) return text(claims.safe_home, 'safe_home');
  if (claims.safe_home === undefined || claims.safe_home === null) return null;
  throw new InvalidActorError(`claim "safe_home" is not accepted for an organisation of type ${organisationType}, which belongs to no Safe Home region`);
}

/**
 * Reads an actor from verified token claims; throws InvalidActorError when they do not form one.
 * A break-glass declaration is read only from the gateway's own actor tokens.
 */
export function actorFromClaims(claims: Record<string, unknown>, { acceptBreakGlass = false } = {}): Actor {
  if (claims.break_glass !== undefined && !acceptBreakGlass) throw new InvalidActorError('claim "break_glass" is not accepted in an access token');
  const organisationType = oneOf(OrganisationType, claims.org_type, 'org_type');
  const actor: Actor = {
    subject: text(claims.sub, 'sub'),
    organisationId: text(claims.org, 'org'),
    organisationType,
    role: oneOf(Role, claims.role, 'role'),
    safeHomeId: safeHomeOf(claims, organisationType),
    purpose: oneOf(Purpose, claims.purpose, 'purpose'),
    ...(claims.break_glass !== undefined ? { breakGlass: { justification: text(claims.break_glass, 'break_glass', { maxLength: MAX_JUSTIFICATION, control: justificationControl }) } } : {}),
  };
  if (!roleOrganisationTypes[actor.role].includes(actor.organisationType)) {
    throw new InvalidActorError(`role ${actor.role} cannot be held in an organisation of type ${actor.organisationType}`);
  }
  if (!purposesByRole[actor.role].includes(actor.purpose)) {
    throw new InvalidActorError(`role ${actor.role} may not declare purpose ${actor.purpose}; it may declare ${purposesByRole[actor.role].join(', ')}`);
  }
  return actor;
}

export function claimsFromActor(actor: Actor): ActorClaims {
  return {
    sub: actor.subject,
    org: actor.organisationId,
    org_type: actor.organisationType,
    role: actor.role,
    ...(actor.safeHomeId !== null ? { safe_home: actor.safeHomeId } : {}),
    purpose: actor.purpose,
    ...(actor.breakGlass ? { break_glass: actor.breakGlass.justification } : {}),
  };
}
