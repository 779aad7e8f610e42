import type { Actor } from '../../policy/actor';
import { classification } from '../../policy/classification';
import { recordLinks } from '../../policy/record-attributes';
import { Rule, rules } from '../../policy/rules';

/**
 * The test's own reading of the policy: policy/'s rules and field classification taken as data and
 * evaluated with this file's simple code — no CASL, no defineAbilityFor, nothing of the subgraphs
 * or the gateway. A field of a record may be read iff an allow rule fitting the actor (organisation
 * type, role, purpose, break-glass) grants its category with every condition true on the record,
 * and no deny rule fitting the actor applies to it.
 */

/** What the world says about a record, as far as rule conditions can ask. */
export interface Facts {
  /** The Safe Home of the dossier the record belongs to (or of an anonymous consult). */
  safeHomeId?: string;
  /** The record's dossier: its status and the organisations taking part in its consultation now. */
  dossier?: { status: string; participantIds: readonly string[] };
  /** For a person (or a person's role or address): the role in the dossier of these facts. */
  personRole?: string;
  /** For an action of the plan: its owner. */
  ownerOrganisationId?: string;
  /** For a shared item: the category it was shared as. */
  category?: string;
  /** For a person (or their address): whether their address is a protected, safe address. */
  addressProtected?: boolean;
  /** For a line of the disclosure log (or what is made of lines), or an application's trusted document: the Safe Home regions it belongs to. */
  regionIds?: readonly string[];
}

/**
 * A record as the oracle judges it: one set of facts per context it is in (a person: one per
 * dossier they are in). Allows are looked for in `allowContexts`, denies in `denyContexts`: for a
 * person always all of their dossiers, so the most protective rule wins.
 */
export interface JudgedRecord {
  allowContexts: readonly Facts[];
  denyContexts: readonly Facts[];
}

const NOT_APPLICABLE = 'not-applicable';
type ConditionVerdict = boolean | typeof NOT_APPLICABLE;

/** What each condition named in policy/rules.ts means for a record: not applicable when the record has no such fact. */
const conditionMeanings: Record<string, (facts: Facts, actor: Actor) => ConditionVerdict> = {
  sameSafeHome: (facts, actor) => (facts.safeHomeId === undefined ? NOT_APPLICABLE : facts.safeHomeId === actor.safeHomeId),
  consultationParticipant: (facts, actor) => (facts.dossier ? facts.dossier.participantIds.includes(actor.organisationId) : NOT_APPLICABLE),
  dossierOpen: (facts) => (facts.dossier ? facts.dossier.status !== 'CLOSED' : NOT_APPLICABLE),
  personIsAllegedPerpetrator: (facts) => (facts.personRole === undefined ? NOT_APPLICABLE : facts.personRole === 'ALLEGED_PERPETRATOR'),
  personIsVictimOrChild: (facts) => (facts.personRole === undefined ? NOT_APPLICABLE : ['VICTIM', 'CHILD'].includes(facts.personRole)),
  actionOwner: (facts, actor) => (facts.ownerOrganisationId === undefined ? NOT_APPLICABLE : facts.ownerOrganisationId === actor.organisationId),
  addressProtected: (facts) => (facts.addressProtected === undefined ? NOT_APPLICABLE : facts.addressProtected),
  auditLineOfOwnRegion: (facts, actor) => (facts.regionIds === undefined ? NOT_APPLICABLE : actor.safeHomeId !== null && facts.regionIds.includes(actor.safeHomeId)),
  applicationOfOwnRegion: (facts, actor) => (facts.regionIds === undefined ? NOT_APPLICABLE : actor.safeHomeId !== null && facts.regionIds.includes(actor.safeHomeId)),
};

function meaningOf(condition: string) {
  const meaning = conditionMeanings[condition];
  if (!meaning) throw new Error(`the property test's oracle does not know the rule condition "${condition}": say what it means in tests/property/oracle.ts`);
  return meaning;
}

// Every condition the rules name must be known before anything is judged.
for (const rule of rules) rule.conditions.forEach(meaningOf);

const fitsWho = (rule: Rule, actor: Actor) =>
  rule.organisationTypes.includes(actor.organisationType) && (!rule.roles || rule.roles.includes(actor.role)) && rule.purposes.includes(actor.purpose);

/** Whether the policy names this actor among those who may declare a break-glass. */
export const mayBreakGlass = (actor: Actor) => rules.some((rule) => rule.breakGlass && fitsWho(rule, actor));

/** The category of a field of a record: its classification, or for a field categorised by its record, the record's. */
function categoryOf(typeName: string, field: string, contexts: readonly Facts[] | null): string | undefined {
  const classified = classification[typeName]?.[field];
  if (classified === undefined) throw new Error(`${typeName}.${field} has no classification in policy/classification.ts`);
  return typeof classified === 'object' ? contexts?.[0]?.[classified.fromRecord] : classified;
}

export class Oracle {
  private readonly reading: Rule[];

  constructor(readonly actor: Actor) {
    this.reading = rules.filter((rule) => fitsWho(rule, actor) && rule.actions.includes('read') && (!rule.breakGlass || actor.breakGlass !== undefined));
  }

  /**
   * May the actor read this field? For a record, its conditions are judged on the record's facts;
   * a condition on a fact the record does not have fails, except on a field the policy names as a
   * link to other records (record-attributes.ts recordLinks: a dossier's persons carry their role),
   * where it is judged on the records the field leads to (each of which this oracle judges in turn).
   * For a value that is no record of the world (the root, connections, reference data, aggregates),
   * only what the rules say of its type counts: conditions are for the records below it.
   */
  mayRead(typeName: string, field: string, record: JudgedRecord | null): boolean {
    return this.judge(typeName, field, record, recordLinks[typeName]?.[field] !== undefined);
  }

  /** May the actor see the record at all: is any of its fields theirs to read, judged on the record alone (not through its links)? */
  maySee(typeName: string, record: JudgedRecord): boolean {
    return Object.keys(classification[typeName] ?? {}).some((field) => this.judge(typeName, field, record, false));
  }

  private judge(typeName: string, field: string, record: JudgedRecord | null, throughLink: boolean): boolean {
    const category = categoryOf(typeName, field, record?.allowContexts ?? null);
    if (category === undefined) return false;
    const granting = (effect: 'allow' | 'deny') => this.reading.filter((rule) => rule.effect === effect && (rule.categories as readonly string[]).includes(category));
    if (!record) return granting('allow').length > 0 && !granting('deny').some((rule) => rule.conditions.length === 0);
    const holds = (rule: Rule, facts: Facts, deferred: boolean) =>
      rule.conditions.every((condition) => {
        const verdict = meaningOf(condition)(facts, this.actor);
        return verdict === true || (deferred && verdict === NOT_APPLICABLE);
      });
    const allowed = granting('allow').some((rule) => record.allowContexts.some((facts) => holds(rule, facts, throughLink)));
    const denied = granting('deny').some((rule) => record.denyContexts.some((facts) => holds(rule, facts, false)));
    return allowed && !denied;
  }
}
