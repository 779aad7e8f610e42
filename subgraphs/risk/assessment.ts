import { randomUUID } from 'node:crypto';
import { SubgraphContext } from '../common/context';
import { badUserInput } from '../common/errors';
import { today } from '../common/validation';
import { requireReadable, write } from '../common/write';
import { requireActivity } from '../dossiers/exports';
import { RiskAssessmentInput } from './inputs';
import * as repository from './repository';
import { RiskAssessmentRow } from './rows';
import { escalationOf, scoreAssessment, ScoringError, versionInForce } from './scoring';

/**
 * Records a risk assessment: against the instrument version in force on the day, every item of it
 * answered once; score and level computed here; a professional judgement may raise the level,
 * never lower it; a red-flag item forces at least HIGH; a level above the person's previous one is
 * flagged as an escalation. Assessments are only ever added, never overwritten.
 *
 * The escalation compares with the person's previous assessment in the same dossier only: whoever
 * reads the flag reads that assessment too (same dossier, same rules), so the stored flag tells no
 * reader of an assessment in a dossier they may not read (another region's, one they take no part in).
 */
export async function assessRisk(context: SubgraphContext, input: RiskAssessmentInput): Promise<RiskAssessmentRow> {
  const assessedOn = input.assessedOn ?? today();
  const id = await write(context, 'assessRisk', async ({ trx, authorize }) => {
    const named = { typeName: 'Dossier', what: 'dossier', id: input.dossierId, field: 'input.dossierId' };
    const dossier = requireReadable(context, named, await repository.lockDossierFacts(trx, input.dossierId), (facts) => facts.policyAttributes);
    authorize(dossier.policyAttributes);
    requireActivity({ status: dossier.dossierStatus, track: dossier.track }, 'assessRisk');
    // The person assessed is one the assessor reads in this dossier: else whether they are in it would be told by the answer.
    const subject = { typeName: 'Person', what: 'person', id: input.personId, field: 'input.personId' };
    requireReadable(context, subject, await repository.personInDossier(trx, input.dossierId, input.personId), (person) => person.policyAttributes);
    if (assessedOn < dossier.referralDate) throw badUserInput(`assessedOn is before the referral (${dossier.referralDate})`, 'input.assessedOn');

    const versions = await repository.instrumentVersionsWithItems(trx);
    const instrument = versions.find((version) => version.id === input.instrumentVersionId);
    if (!instrument) throw badUserInput(`there is no instrument version ${input.instrumentVersionId}`, 'input.instrumentVersionId');
    const inForce = versionInForce(versions, instrument.code, assessedOn);
    if (inForce?.id !== instrument.id) {
      throw badUserInput(
        inForce ? `${instrument.code} version ${instrument.version} is not in force on ${assessedOn}: use version ${inForce.version} (${inForce.id})` : `${instrument.code} version ${instrument.version} was not yet published on ${assessedOn}`,
        'input.instrumentVersionId',
      );
    }
    const answers: Record<string, boolean> = {};
    for (const answer of input.answers) {
      if (answer.itemCode in answers) throw badUserInput(`item ${answer.itemCode} is answered twice`, 'input.answers');
      answers[answer.itemCode] = answer.present;
    }
    const missing = instrument.items.map((item) => item.code).filter((code) => !(code in answers));
    if (missing.length) throw badUserInput(`every item of the instrument is answered; missing: ${missing.join(', ')}`, 'input.answers');
    let scored;
    try {
      scored = scoreAssessment(instrument, answers, input.judgementLevel ?? null);
    } catch (error) {
      if (error instanceof ScoringError) throw badUserInput(error.message, `input.${error.field}`);
      throw error;
    }
    const row = {
      id: randomUUID(), dossierId: input.dossierId, personId: input.personId, instrumentVersionId: instrument.id, answers: JSON.stringify(answers),
      score: scored.score, computedLevel: scored.computedLevel, judgementLevel: input.judgementLevel ?? null, judgementRationale: input.judgementRationale ?? null,
      level: scored.level, redFlagged: scored.redFlagged, escalation: escalationOf(await repository.latestLevelInDossier(trx, input.dossierId, input.personId), scored.level),
      assessorOrganisationId: context.actor.organisationId, assessedOn,
    };
    await repository.insertRisk(trx, { assessments: [row] });
    return { result: row.id, written: [{ type: 'Dossier', id: input.dossierId }, { type: 'Person', id: input.personId }] };
  });
  return repository.writtenAssessment(context.db, id);
}
