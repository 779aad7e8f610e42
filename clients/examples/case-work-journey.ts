import { execFileSync } from 'node:child_process';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { documentIdOf } from '../document-id';
import {
  AssessRiskDocument, CaseFileDocument, CloseDossierDocument, PlanActionDocument, RecordCaseConsultationDocument, ReferFamilyDocument,
  ReportActionProgressDocument, RiskInstrumentsDocument, ScheduleCaseConsultationDocument, ShareInformationDocument, StartIntakeDocument,
  WeighDossierDocument,
} from '../generated/graphql';

/**
 * A family's way through the Safe Home, on the generated typed client: the police refer it, the
 * case manager takes it in and weighs it onto track 3, a case consultation is held with the police
 * and the CAW, the CAW owns and reports on an action, the police share judicial information, and
 * the case manager closes the dossier. Each step runs as the organisation that would take it, through
 * its partner application, by the id of a document the application registered and the DPO approved.
 */
/** Who takes a step, each with the purpose that step is for: a referral, case management, a case consultation. */
export type Who = 'policeReferring' | 'police' | 'caseManager' | 'caw';
export type TokenFor = (who: Who) => Promise<string>;

export interface Step {
  who: Who;
  step: string;
  result: string;
}

class HubError extends Error {}

function client(endpoint: string, tokenFor: TokenFor) {
  return async <TResult, TVariables>(who: Who, document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(who)}` },
      body: JSON.stringify({ documentId: documentIdOf(document), variables }),
    });
    const body = (await response.json()) as { data?: TResult; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length || !body.data) {
      throw new HubError(`${who}: ${body.errors?.map((error) => `${error.extensions?.code}: ${error.message}`).join('; ') ?? `HTTP ${response.status}`}`);
    }
    return body.data;
  };
}

export async function caseWorkJourney(endpoint: string, tokenFor: TokenFor, familyName = `Voorbeeld-${Date.now().toString(36)}`): Promise<Step[]> {
  const call = client(endpoint, tokenFor);
  const steps: Step[] = [];
  const done = (who: Who, step: string, result: string) => steps.push({ who, step, result });
  // Dates are Flemish dates: the hub's today is Brussels' today.
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels' }).format(new Date());

  const { referFamily } = await call('policeReferring', ReferFamilyDocument, {
    input: {
      safeHomeId: 'limburg', summary: 'Third intervention at the family home; the children were present.', violenceForms: 'physical, coercive control', incidentOn: today,
      persons: [
        { givenName: 'Ella', familyName, birthDate: '1989-02-11', role: 'VICTIM', addressProtected: false },
        { givenName: 'Tom', familyName, birthDate: '1986-07-30', role: 'ALLEGED_PERPETRATOR', addressProtected: false },
        { givenName: 'Mila', familyName, birthDate: '2018-10-04', role: 'CHILD', addressProtected: false },
      ],
    },
  });
  const { id: dossierId, code } = referFamily!.dossier!;
  done('policeReferring', 'referFamily', `${code} ${referFamily!.dossier!.status}`);

  const intake = (await call('caseManager', StartIntakeDocument, { input: { dossierId, expectedVersion: referFamily!.dossier!.version! } })).startIntake!;
  done('caseManager', 'startIntake', `${intake.status}, version ${intake.version}`);
  const weighed = (await call('caseManager', WeighDossierDocument, {
    input: { dossierId, expectedVersion: intake.version!, track: 3, rationale: 'Structurally unsafe family: intensive case management.', caseManager: 'Eva (LIMB)' },
  })).weighDossier!;
  done('caseManager', 'weighDossier', `${weighed.status} on track ${weighed.track}, case manager ${weighed.caseManager}`);

  const { riskInstruments } = await call('caseManager', RiskInstrumentsDocument, {});
  const instrument = riskInstruments!.filter((version) => version!.publishedOn! <= today).sort((a, b) => b!.version! - a!.version!)[0]!;
  const file = (await call('caseManager', CaseFileDocument, { code: code! })).dossier!;
  const victim = file.persons!.find((person) => person!.role === 'VICTIM')!.person!;
  const assessment = (await call('caseManager', AssessRiskDocument, {
    input: { dossierId, personId: victim.id, instrumentVersionId: instrument.id, answers: instrument.items!.map((item) => ({ itemCode: item!.code!, present: ['R1', 'R3', 'R7'].includes(item!.code!) })) },
  })).assessRisk!;
  done('caseManager', 'assessRisk', `score ${assessment.score}, level ${assessment.level}${assessment.redFlagged ? ' (red flag)' : ''}`);

  const planned = (await call('caseManager', ScheduleCaseConsultationDocument, { input: { dossierId, plannedOn: today, invitedOrganisationIds: ['limburg-police', 'limburg-caw'] } })).scheduleCaseConsultation!;
  const held = (await call('caseManager', RecordCaseConsultationDocument, {
    input: {
      consultationId: planned.id, expectedVersion: planned.version!, heldOn: today, participantIds: ['limburg-safe-home', 'limburg-police', 'limburg-caw'],
      personsInformed: true, personsConsented: true, decisions: 'The CAW draws up a safety plan; the police follow the restraining order.',
    },
  })).recordCaseConsultation!;
  done('caseManager', 'recordCaseConsultation', `${held.status} with ${held.participants!.map((organisation) => organisation!.id).join(', ')}`);

  const action = (await call('caseManager', PlanActionDocument, { input: { dossierId, description: 'Safety plan with the victim', ownerOrganisationId: 'limburg-caw', dueOn: today } })).planAction!;
  const reported = (await call('caw', ReportActionProgressDocument, { input: { actionId: action.id, expectedVersion: action.version!, note: 'Safety plan drawn up with the victim.', status: 'DONE' } })).reportActionProgress!;
  done('caw', 'reportActionProgress', `action ${reported.status}, version ${reported.version}`);
  const shared = (await call('police', ShareInformationDocument, { input: { dossierId, category: 'JUDICIAL', legalBasis: 'sw-458ter', content: 'Restraining order issued (synthetic).' } })).shareInformation!;
  done('police', 'shareInformation', `${shared.category} under ${shared.legalBasis}`);

  const current = (await call('caseManager', CaseFileDocument, { code: code! })).dossier!;
  const closed = (await call('caseManager', CloseDossierDocument, { input: { dossierId, expectedVersion: current.version!, outcome: 'SAFETY_RESTORED' } })).closeDossier!;
  done('caseManager', 'closeDossier', `${closed.status} on ${closed.closedOn}: ${closed.outcome}`);
  const afterwards = await call('police', CaseFileDocument, { code: code! });
  done('police', 'dossier', afterwards.dossier ? 'still visible' : 'no longer visible to the police');
  return steps;
}

// npx tsx clients/examples/case-work-journey.ts, against `npm start`. Each partner application gets its tokens from the
// identity provider by client credentials, as itself; here through `npm run token`, which asks the development provider.
if (require.main === module) {
  void (async () => {
    const applications: Record<Who, [application: string, purpose: string]> = {
      policeReferring: ['limburg-police-app', 'REFERRAL'],
      police: ['limburg-police-app', 'CASE_CONSULTATION'],
      caseManager: ['limburg-safe-home-casework', 'CASE_MANAGEMENT'],
      caw: ['limburg-caw-app', 'CASE_CONSULTATION'],
    };
    const tokenFor: TokenFor = async (who) => {
      const [application, purpose] = applications[who];
      return execFileSync('npm', ['run', '-s', 'token', '--', '--client', application, '--purpose', purpose], { encoding: 'utf8' }).trim();
    };
    try {
      for (const { who, step, result } of await caseWorkJourney(process.env.HUB_URL ?? 'http://127.0.0.1:4000/graphql', tokenFor)) {
        console.log(`${who.padEnd(16)} ${step.padEnd(24)} ${result}`);
      }
    } catch (error) {
      console.error((error as Error).message);
      process.exit(1);
    }
  })();
}
