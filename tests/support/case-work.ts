import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ReferFamilyDocument, ReferredPersonInput, StartIntakeDocument, WeighDossierDocument } from '../../clients/generated/graphql';
import { Actor, Purpose, Role } from '../../policy';
import { instrumentVersions } from '../../seed/instruments';
import { actor, GraphQLResponse } from './hub';

/** The actors of Limburg's case work, each with the purpose they would declare for their step. */
export const who = {
  caseManager: () => actor('limburg-safe-home', Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT),
  psychologist: () => actor('limburg-safe-home', Role.PSYCHOLOGIST, Purpose.CASE_MANAGEMENT),
  policeReferring: () => actor('limburg-police', Role.POLICE_LIAISON, Purpose.REFERRAL),
  policeAssessing: () => actor('limburg-police', Role.POLICE_LIAISON, Purpose.RISK_ASSESSMENT),
  policeConsulting: () => actor('limburg-police', Role.POLICE_LIAISON, Purpose.CASE_CONSULTATION),
  caw: () => actor('limburg-caw', Role.SOCIAL_WORKER, Purpose.CASE_CONSULTATION),
  cgg: () => actor('limburg-cgg', Role.CLINICIAN, Purpose.CASE_CONSULTATION),
  justiceHouse: () => actor('limburg-justice-house', Role.JUSTICE_ASSISTANT, Purpose.CASE_CONSULTATION),
  antwerpPolice: () => actor('antwerpen-police', Role.POLICE_LIAISON, Purpose.REFERRAL),
};

export type Run = <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, who?: Actor) => Promise<GraphQLResponse<TResult>>;

let families = 0;

/** A synthetic family (victim, alleged perpetrator, child) no other test uses; national numbers fail mod-97 like all seeded ones. */
export function family(tag: string): ReferredPersonInput[] {
  families += 1;
  const n = String(families).padStart(2, '0');
  const familyName = `Testgezin-${tag}`;
  return [
    { givenName: 'Saar', familyName, birthDate: '1990-03-14', nationalNumber: `90.03.14-9${n}.00`, role: 'VICTIM', phone: '+32 000 11 22 33', addressProtected: true, address: { street: 'Beschermd adres 9', postalCode: '3500', municipality: 'Hasselt' } },
    { givenName: 'Wout', familyName, birthDate: '1987-08-02', nationalNumber: `87.08.02-9${n}.00`, role: 'ALLEGED_PERPETRATOR', addressProtected: false },
    { givenName: 'Fien', familyName, birthDate: '2017-05-20', role: 'CHILD', addressProtected: true },
  ];
}

export const referral = (persons: ReferredPersonInput[], safeHomeId = 'limburg') => ({
  safeHomeId, summary: 'Police intervened twice after violence at home; the children were present.', violenceForms: 'physical, psychological', persons,
});

/** The instrument version in force today, every item answered: those named present. */
export function answers(present: string[]) {
  const current = instrumentVersions[instrumentVersions.length - 1];
  return { instrumentVersionId: current.id, answers: current.items.map((item) => ({ itemCode: item.code, present: present.includes(item.code) })) };
}

/** The first error of a response, as a caller sees it. */
export function errorOf(response: GraphQLResponse<unknown>) {
  const error = response.body.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message ?? '' };
}

/** A new family referred by the police, taken in and weighed onto a track by the case manager: an ACTIVE dossier. */
export async function activeDossier(run: Run, tag: string, track = 3) {
  const referred = await run(ReferFamilyDocument, { input: referral(family(tag)) }, who.policeReferring());
  const dossier = referred.body.data!.referFamily!.dossier!;
  const intake = await run(StartIntakeDocument, { input: { dossierId: dossier.id, expectedVersion: dossier.version! } }, who.caseManager());
  const weighed = await run(
    WeighDossierDocument,
    { input: { dossierId: dossier.id, expectedVersion: intake.body.data!.startIntake!.version!, track, rationale: 'Structurally unsafe family; intensive case management.', caseManager: 'Eva (LIMB)' } },
    who.caseManager(),
  );
  return weighed.body.data!.weighDossier!;
}
