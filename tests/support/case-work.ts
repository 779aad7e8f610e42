import { createHash } from 'node:crypto';
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
  antwerpCaseManager: () => actor('antwerpen-safe-home', Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT),
  antwerpTeamReferring: () => actor('antwerpen-safe-home', Role.CASE_MANAGER, Purpose.REFERRAL),
  justiceHouseReferring: () => actor('limburg-justice-house', Role.JUSTICE_ASSISTANT, Purpose.REFERRAL),
  cawReferring: () => actor('limburg-caw', Role.SOCIAL_WORKER, Purpose.REFERRAL),
};

export type Run = <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, who?: Actor) => Promise<GraphQLResponse<TResult>>;

/**
 * A birth date and a national number of its shape, drawn from the tag so that test files running in
 * parallel on one database never share a person; check digits 00 never pass mod-97 (nor occur in the seed).
 */
function identity(tag: string, adultAge: boolean): { birthDate: string; nationalNumber: string } {
  const hash = createHash('sha256').update(tag).digest();
  const year = adultAge ? 1960 + (hash[0] % 40) : 2010 + (hash[0] % 12);
  const month = String(1 + (hash[1] % 12)).padStart(2, '0');
  const day = String(1 + (hash[2] % 28)).padStart(2, '0');
  const serial = String(100 + (hash.readUInt16BE(3) % 800)).padStart(3, '0');
  return { birthDate: `${year}-${month}-${day}`, nationalNumber: `${String(year).slice(2)}.${month}.${day}-${serial}.00` };
}

/** A synthetic family (victim, alleged perpetrator, child) that only the test naming this tag uses. */
export function family(tag: string): ReferredPersonInput[] {
  const familyName = `Testgezin-${tag}`;
  const { birthDate: childBirth } = identity(`${tag}/child`, false);
  return [
    { givenName: 'Saar', familyName, ...identity(`${tag}/victim`, true), role: 'VICTIM', phone: '+32 000 11 22 33', addressProtected: true, address: { street: 'Beschermd adres 9', postalCode: '3500', municipality: 'Hasselt' } },
    { givenName: 'Wout', familyName, ...identity(`${tag}/perpetrator`, true), role: 'ALLEGED_PERPETRATOR', addressProtected: false },
    { givenName: 'Fien', familyName, birthDate: childBirth, role: 'CHILD', addressProtected: true },
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
