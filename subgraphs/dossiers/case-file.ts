import { badUserInput } from '../common/errors';
import { requireActivity, transition } from './state-machine';
import { DossierRow, ReferralRow } from './rows';
import { DossierStatus } from './types';
import { ClosureOutcome } from './vocabulary';

/**
 * The rows each step of case work writes, built in one place: the mutations write them through the
 * repository, and the seed builds its synthetic dossiers with the same steps, so seeded dossiers
 * obey the same state machine and rules as those made through the API.
 */

export interface OpeningSpec {
  id: string;
  code: string;
  safeHomeId: string;
  source: string;
  referredByOrganisationId: string | null;
  referredOn: string;
  incidentOn: string | null;
  summary: string;
  violenceForms: string;
  referralId: string;
  repeatWithinYear: boolean;
}

export type DossierState = Pick<DossierRow, 'status' | 'track' | 'referralDate'>;
type RegionalDossier = DossierState & Pick<DossierRow, 'safeHomeId'>;

/** A referral that opens a dossier: status REFERRED, no track until the weighing. */
export function openedByReferral(spec: OpeningSpec) {
  return {
    dossier: {
      id: spec.id, code: spec.code, safeHomeId: spec.safeHomeId, track: null, status: DossierStatus.REFERRED, referralSource: spec.source,
      referredByOrganisationId: spec.referredByOrganisationId, referralDate: spec.referredOn, caseManager: null, closedOn: null,
    },
    situation: { dossierId: spec.id, summary: spec.summary, violenceForms: spec.violenceForms, recordedOn: spec.referredOn },
    referral: referralRow(spec.id, spec),
  };
}

/** One referral of a family, the first or a later one linked to its open dossier. */
export function referralRow(dossierId: string, spec: Pick<OpeningSpec, 'referralId' | 'source' | 'referredByOrganisationId' | 'referredOn' | 'incidentOn' | 'summary' | 'repeatWithinYear'>): ReferralRow {
  return {
    id: spec.referralId, dossierId, referredOn: spec.referredOn, incidentOn: spec.incidentOn, source: spec.source,
    referredByOrganisationId: spec.referredByOrganisationId, summary: spec.summary, repeatWithinYear: spec.repeatWithinYear,
  };
}

export function intakeStarted(dossier: DossierState, caseManager: string | null) {
  return { status: transition(dossier.status, 'startIntake'), ...(caseManager ? { caseManager } : {}) };
}

/** The weighing: the track decided, the case manager assigned, the dossier ACTIVE. */
export function weighed(dossier: DossierState & { id: string }, decision: { track: number; rationale: string; caseManager: string; decidedOn: string }) {
  const status = transition(dossier.status, 'weigh');
  if (decision.decidedOn < dossier.referralDate) throw badUserInput(`decidedOn is before the referral (${dossier.referralDate})`, 'input.decidedOn');
  return {
    changes: { status, track: decision.track, caseManager: decision.caseManager },
    weighing: { dossierId: dossier.id, decidedOn: decision.decidedOn, track: decision.track, rationale: decision.rationale },
  };
}

export function closed(dossier: DossierState, closure: { outcome: ClosureOutcome; closedOn: string }) {
  const status = transition(dossier.status, 'close');
  if (closure.closedOn < dossier.referralDate) throw badUserInput(`closedOn is before the referral (${dossier.referralDate})`, 'input.closedOn');
  return { status, outcome: closure.outcome, closedOn: closure.closedOn };
}

/** A referral still REFERRED, linked into the family's open dossier of the same Safe Home: its own dossier closes as linked. */
export function linkedInto(referred: RegionalDossier, into: RegionalDossier, closedOn: string) {
  requireActivity(into, 'linkReferral');
  if (into.safeHomeId !== referred.safeHomeId) throw badUserInput("a referral is linked only into a dossier of its own Safe Home", 'input.intoDossierId');
  return { status: transition(referred.status, 'link'), outcome: ClosureOutcome.LINKED_TO_OPEN_DOSSIER, closedOn };
}
