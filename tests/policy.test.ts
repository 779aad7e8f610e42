import fc from 'fast-check';
import {
  abilityFor, actorFromClaims, Actor, classification, claimsFromActor, decideOnRecord, decisionsOnRecord, defineAbilityFor, explain, HubAbility, isRecordChecked,
  Purpose, purposesByRole, RecordAttributes, RecordDecision, Role, roleOrganisationTypes, rulesMissingAttributes,
} from '../policy';
import { actor } from './support/hub';

const LIMB6024: RecordAttributes = { safeHomeId: 'limburg', participantIds: ['limburg-caw', 'limburg-police', 'limburg-safe-home'], dossierStatus: 'ACTIVE' };
const closed: RecordAttributes = { ...LIMB6024, dossierStatus: 'CLOSED' };
const victim: RecordAttributes = { ...LIMB6024, personRole: 'VICTIM', addressProtected: false };
const protectedVictim: RecordAttributes = { ...victim, addressProtected: true };
const child: RecordAttributes = { ...LIMB6024, personRole: 'CHILD', addressProtected: false };
const perpetrator: RecordAttributes = { ...LIMB6024, personRole: 'ALLEGED_PERPETRATOR', addressProtected: false };
const item = (category: string): RecordAttributes => ({ ...LIMB6024, category });
const withJusticeHouse = (record: RecordAttributes): RecordAttributes => ({ ...record, participantIds: [...record.participantIds!, 'limburg-justice-house'] });

const caseManager = actor('limburg-safe-home', Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT);
const psychologist = actor('limburg-safe-home', Role.PSYCHOLOGIST, Purpose.CASE_MANAGEMENT);
const police = actor('limburg-police', Role.POLICE_LIAISON, Purpose.CASE_CONSULTATION);
const caw = actor('limburg-caw', Role.SOCIAL_WORKER, Purpose.CASE_CONSULTATION);
const cgg = actor('limburg-cgg', Role.CLINICIAN, Purpose.CASE_CONSULTATION);
const justiceHouse = actor('limburg-justice-house', Role.JUSTICE_ASSISTANT, Purpose.CASE_CONSULTATION);
const antwerpPolice = actor('antwerpen-police', Role.POLICE_LIAISON, Purpose.CASE_CONSULTATION);
const statistician = actor('limburg-safe-home', Role.STATISTICIAN, Purpose.STATISTICS);
const dpo = actor('limburg-safe-home', Role.DPO, Purpose.AUDIT);

type Case = [string, ReturnType<typeof actor>, string, string, RecordAttributes | undefined, boolean];
const matrix: Case[] = [
  ['the Safe Home team reads the whole dossier', caseManager, 'Person', 'nationalNumber', victim, true],
  ['the Safe Home team reads a victim address', caseManager, 'Address', 'street', victim, true],
  ['the Safe Home team reads case narrative', caseManager, 'SituationDescription', 'summary', LIMB6024, true],
  ['the Safe Home team reads a closed dossier', caseManager, 'SituationDescription', 'summary', closed, true],
  ['a participant (police) reads case narrative', police, 'SituationDescription', 'summary', LIMB6024, true],
  ['a participant (CAW) reads risk', caw, 'RiskAssessment', 'level', LIMB6024, true],
  ['a participant (CAW) reads identity', caw, 'Person', 'givenName', victim, true],
  ['a participant never reads the national number', police, 'Person', 'nationalNumber', victim, false],
  ['a participant reads nothing of a closed dossier', police, 'SituationDescription', 'summary', closed, false],
  ['a non-participant justice house reads no case narrative', justiceHouse, 'SituationDescription', 'summary', LIMB6024, false],
  ['a non-participant justice house reads no risk', justiceHouse, 'RiskAssessment', 'level', LIMB6024, false],
  ['a non-participant justice house reads no consultation', justiceHouse, 'CaseConsultation', 'decisions', LIMB6024, false],
  ["a justice house reads the alleged perpetrator's identity", justiceHouse, 'Person', 'familyName', perpetrator, true],
  ["a justice house does not read the victim's identity", justiceHouse, 'Person', 'familyName', victim, false],
  ["a justice house reads the dossier's administrative facts", justiceHouse, 'Dossier', 'code', LIMB6024, true],
  ["a participating justice house never reads a victim's address", justiceHouse, 'Address', 'street', withJusticeHouse(victim), false],
  ["a participating justice house never reads a victim's phone", justiceHouse, 'Person', 'phone', withJusticeHouse(victim), false],
  ["a participating justice house never reads a child's address", justiceHouse, 'Person', 'address', withJusticeHouse(child), false],
  ["a participating justice house reads the perpetrator's address", justiceHouse, 'Person', 'address', withJusticeHouse(perpetrator), true],
  ['the Safe Home team reads a protected address', caseManager, 'Address', 'street', protectedVictim, true],
  ['a participant (police) never reads a protected address', police, 'Address', 'street', protectedVictim, false],
  ['a participant (CAW) never reads a protected address', caw, 'Person', 'address', protectedVictim, false],
  ['a participant (police) reads an address that is not protected', police, 'Address', 'street', victim, true],
  ['a participant knows that an address is protected', police, 'Person', 'addressProtected', protectedVictim, true],
  ['health goes to the Safe Home psychologist', psychologist, 'InfoSharingItem', 'content', item('HEALTH'), true],
  ['health does not go to the case manager', caseManager, 'InfoSharingItem', 'content', item('HEALTH'), false],
  ['health goes to a participating CGG', cgg, 'InfoSharingItem', 'content', { ...item('HEALTH'), participantIds: ['limburg-cgg'] }, true],
  ['health does not go to a CGG that does not take part', cgg, 'InfoSharingItem', 'content', item('HEALTH'), false],
  ['health does not go to participating police', police, 'InfoSharingItem', 'content', item('HEALTH'), false],
  ['judicial information goes to participating police', police, 'InfoSharingItem', 'content', item('JUDICIAL'), true],
  ['judicial information does not go to a participating CAW', caw, 'InfoSharingItem', 'content', item('JUDICIAL'), false],
  ['judicial information goes to the case manager', caseManager, 'InfoSharingItem', 'content', item('JUDICIAL'), true],
  ['narrative information items go to participants', caw, 'InfoSharingItem', 'content', item('CASE_NARRATIVE'), true],
  ['another region sees nothing of the dossier', antwerpPolice, 'Dossier', 'code', LIMB6024, false],
  ['statistics read aggregates', statistician, 'Query', 'referredFamiliesPerYear', undefined, true],
  ['statistics read no dossier', statistician, 'Query', 'dossier', undefined, false],
  ['statistics read nothing person-level', statistician, 'Person', 'givenName', undefined, false],
  ['the DPO reads no case content', dpo, 'SituationDescription', 'summary', undefined, false],
  ['the DPO reads no dossier', dpo, 'Query', 'dossier', undefined, false],
];

describe('the policy matrix', () => {
  it.each(matrix)('%s', (_name, who, typeName, field, record, allowed) => {
    const ability = defineAbilityFor(who);
    const subject = record ? ({ ...record, __typename: typeName } as const) : typeName;
    expect(ability.can('read', subject, field)).toBe(allowed);
    expect(explain(who, 'read', { typeName, record }, field, ability).allowed).toBe(allowed);
  });

  it('filters, not forbids: another region cannot see that the dossier exists at all', () => {
    expect(defineAbilityFor(antwerpPolice).can('read', { ...LIMB6024, __typename: 'Dossier' })).toBe(false);
    expect(defineAbilityFor(justiceHouse).can('read', { ...LIMB6024, __typename: 'Dossier' })).toBe(true);
  });

  it('refuses at authentication a purpose the role may not declare', () => {
    expect(() => actorFromClaims({ ...claimsFromActor(dpo), purpose: Purpose.CASE_MANAGEMENT })).toThrow(/may not declare purpose CASE_MANAGEMENT/);
    expect(() => actorFromClaims({ ...claimsFromActor(statistician), purpose: Purpose.CASE_CONSULTATION })).toThrow(/may not declare/);
  });

  it('fails closed on a record that lacks an attribute a rule looks at', () => {
    const { dossierStatus: _missing, ...unknownStatus } = LIMB6024;
    expect(defineAbilityFor(police).can('read', { ...unknownStatus, __typename: 'SituationDescription' }, 'summary')).toBe(false);
    expect(defineAbilityFor(justiceHouse).can('read', { ...LIMB6024, participantIds: [...LIMB6024.participantIds!, 'limburg-justice-house'], __typename: 'Person' }, 'phone')).toBe(false);
  });
});

describe('a person in several dossiers', () => {
  const inAntwerpen: RecordAttributes = { safeHomeId: 'antwerpen', participantIds: ['antwerpen-safe-home'], dossierStatus: 'ACTIVE', personRole: 'VICTIM', addressProtected: false };
  const familyMemberHere: RecordAttributes = { ...withJusticeHouse(LIMB6024), personRole: 'FAMILY_MEMBER', addressProtected: false };
  const ability = defineAbilityFor(justiceHouse);

  it('is refused what a deny rule refuses in any of their dossiers, even another region\'s: the most protective wins', () => {
    expect(ability.can('read', { ...familyMemberHere, __typename: 'Person' }, 'phone')).toBe(true);
    expect(decideOnRecord(ability, 'read', 'Person', [familyMemberHere, inAntwerpen], 'phone')).toMatchObject({ allowed: false, rule: 'victim-location-never-to-justice-house' });
    expect(decideOnRecord(ability, 'read', 'Address', [inAntwerpen, familyMemberHere], 'street')).toMatchObject({ allowed: false, rule: 'victim-location-never-to-justice-house' });
  });

  it('is read under the rule of the dossier that grants it, when none refuses', () => {
    expect(decideOnRecord(ability, 'read', 'Person', [{ ...inAntwerpen, personRole: 'FAMILY_MEMBER' }, familyMemberHere], 'givenName'))
      .toMatchObject({ allowed: true, rule: 'consultation-participants-case-content', attributes: familyMemberHere });
  });
});

describe('the decisions on a record', () => {
  /** The definition: CASL's relevantRuleFor on each set, field by field. */
  function decidedByCasl(ability: HubAbility, typeName: string, sets: RecordAttributes[], field?: string): RecordDecision {
    let granted: RecordDecision | undefined;
    for (const attributes of sets) {
      const rule = ability.relevantRuleFor('read', { ...attributes, __typename: typeName }, field);
      if (rule?.inverted) return { allowed: false, rule: rule.reason, attributes };
      if (rule && !granted) granted = { allowed: true, rule: rule.reason, attributes };
    }
    return granted ?? { allowed: false, attributes: sets[0] ?? {} };
  }

  const actors: Actor[] = Object.values(Role).flatMap((role) =>
    roleOrganisationTypes[role].flatMap((organisationType) =>
      purposesByRole[role].flatMap((purpose) =>
        [undefined, { justification: 'emergency' }].map((breakGlass) => ({
          subject: 'test', organisationId: 'limburg-org', organisationType, role, safeHomeId: 'limburg', purpose, breakGlass,
        })),
      ),
    ),
  );
  const organisations = ['limburg-org', 'limburg-other'];
  const optional = <T>(values: fc.Arbitrary<T>) => fc.option(values, { nil: undefined });
  const attributeSet: fc.Arbitrary<RecordAttributes> = fc.record(
    {
      safeHomeId: optional(fc.constantFrom('limburg', 'antwerpen')),
      participantIds: optional(fc.subarray(organisations)),
      dossierStatus: optional(fc.constantFrom('INTAKE', 'ACTIVE', 'CLOSED')),
      personRole: optional(fc.constantFrom('VICTIM', 'ALLEGED_PERPETRATOR', 'CHILD', 'FAMILY_MEMBER')),
      category: optional(fc.constantFrom('HEALTH', 'JUDICIAL', 'CASE_NARRATIVE', 'IDENTITY')),
      ownerOrganisationId: optional(fc.constantFrom(...organisations)),
      addressProtected: optional(fc.boolean()),
      regionIds: optional(fc.subarray(['limburg', 'antwerpen'])),
    },
    { requiredKeys: [] },
  );
  const checkedTypes = Object.keys(classification).filter(isRecordChecked);

  it("are CASL's relevantRuleFor on each set, for every field of every record type", () => {
    fc.assert(
      fc.property(fc.constantFrom(...actors), fc.array(attributeSet, { minLength: 1, maxLength: 3 }), (who, sets) => {
        const ability = abilityFor(who);
        for (const typeName of checkedTypes) {
          const decide = decisionsOnRecord(ability, 'read', typeName, sets);
          for (const field of [undefined, ...Object.keys(classification[typeName])]) {
            expect(decide(field)).toEqual(decidedByCasl(ability, typeName, sets, field));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('rules whose conditions a record cannot answer', () => {
  it('grant nothing on it but the fields that lead to records that can', () => {
    const ability = defineAbilityFor(justiceHouse);
    // The justice house's perpetrator rule looks at the person's role: it reaches a dossier's persons, never an action's id.
    expect(ability.can('read', { ...LIMB6024, __typename: 'Dossier' }, 'persons')).toBe(true);
    expect(ability.can('read', { ...LIMB6024, __typename: 'ActionPlanItem' }, 'id')).toBe(false);
    // Nor an assessment's subject: the assessment itself would show (that the perpetrator was assessed).
    expect(ability.can('read', { ...LIMB6024, __typename: 'RiskAssessment' }, 'subject')).toBe(false);
    expect(ability.can('read', { ...LIMB6024, __typename: 'RiskAssessment' })).toBe(false);
  });
});

describe('rules that cannot be evaluated', () => {
  it('are named, so the guard can log them when it denies', () => {
    const { participantIds: _unknown, ...noParticipants } = LIMB6024;
    expect(rulesMissingAttributes(police, 'SituationDescription', noParticipants)).toEqual([
      { rule: 'consultation-participants-case-content', missing: ['participantIds'] },
      { rule: 'participants-judicial-need-to-know', missing: ['participantIds'] },
    ]);
    expect(defineAbilityFor(police).can('read', { ...noParticipants, __typename: 'SituationDescription' }, 'summary')).toBe(false);
  });
});

describe('explain', () => {
  it('names the rule and legal basis of an allow', () => {
    const explanation = explain(police, 'read', { typeName: 'SituationDescription', record: LIMB6024 }, 'summary');
    expect(explanation).toMatchObject({ allowed: true, rule: 'consultation-participants-case-content' });
    expect(explanation.legalBasis.map((basis) => basis.citation)).toContain('Art. 458ter Strafwetboek');
  });

  it('names the missing condition of a deny', () => {
    const explanation = explain(justiceHouse, 'read', { typeName: 'SituationDescription', record: LIMB6024 }, 'summary');
    expect(explanation.allowed).toBe(false);
    expect(explanation.reason).toMatch(/takes part in the dossier's case consultation/);
  });

  it('names the deny rule that refuses a victim address to a justice house, and the one that keeps a protected address with the Safe Home', () => {
    expect(explain(police, 'read', { typeName: 'Address', record: protectedVictim }, 'street')).toMatchObject({ allowed: false, rule: 'protected-address-stays-with-safe-home-team' });
    const explanation = explain(justiceHouse, 'read', { typeName: 'Address', record: withJusticeHouse(victim) }, 'street');
    expect(explanation).toMatchObject({ allowed: false, rule: 'victim-location-never-to-justice-house' });
  });

  it('says when no rule can ever grant a field', () => {
    expect(explain(dpo, 'read', { typeName: 'Person' }, 'givenName').reason).toMatch(/no rule lets a DPO of a SAFE_HOME read it for AUDIT/);
  });
});
