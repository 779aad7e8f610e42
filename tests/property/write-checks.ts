import { isDeepStrictEqual } from 'node:util';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { classification } from '../../policy/classification';
import { ask } from './ask';
import { AnswerChecker, GraphQLAnswer, Violation } from './check-answer';
import { ConcreteMutation } from './mutations';
import { Oracle } from './oracle';
import { objectType, printSelection, rootField } from './selections';
import { loadWorld, World } from './world';
import { WorldAnswers } from './world-answers';

/**
 * A write is a read too. For each mutation, besides judging its answer like any read (against the
 * world after it): its errors do not tell a record the writer may not see from a missing one; a
 * flag it derives (escalation, a link to an existing dossier) comes only from what the writer may
 * read; and it gives the writer no access to records that existed before.
 */

const levels = ['LOW', 'MEDIUM', 'HIGH'];
const codesOfWrites = new Set(['FORBIDDEN', 'BAD_USER_INPUT', 'ILLEGAL_TRANSITION', 'STALE_VERSION']);

/** An error as a caller compares two: ids and case codes blanked out. */
const comparable = (answer: GraphQLAnswer) =>
  (answer.body.errors ?? []).map((error) => ({
    code: error.extensions?.code,
    field: error.extensions?.field,
    message: error.message.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>').replace(/\b[A-Z]{4}\d{4}\b/g, '<code>'),
  }));

/** What a write was found to do wrong, by the property it breaks; and the world it left. */
export interface WriteOutcome {
  /** Its answer, judged as a read of the world after it (and no internal errors). */
  answer: Violation[];
  /** Its errors tell a record the writer may not see from a missing one. */
  errors: Violation[];
  /** A referral's link to an existing dossier tells more than the referrer may read. */
  link: Violation[];
  /** An assessment's escalation compares with another than the person's previous assessment in its dossier. */
  escalation: Violation[];
  /** It gave the writer access to records that existed before. */
  access: Violation[];
  after: World;
}

/**
 * An id no record has, in the same order as the one it stands in for among the other ids of the
 * input: a write that checks several records in id order (to lock them without deadlocks) then meets them in the same order.
 */
function missingIdLike(id: string, input: unknown[]): string {
  const others = input.filter((value): value is string => typeof value === 'string' && value !== id && /^[0-9a-f-]{36}$/i.test(value));
  for (;;) {
    const candidate = randomUUID();
    if (others.every((other) => (candidate < other) === (id < other))) return candidate;
  }
}

export class WriteChecker {
  constructor(private readonly graphqlUrl: string, private readonly db: Knex) {}

  private send(mutation: ConcreteMutation, input: Record<string, unknown>) {
    const selection = rootField('Mutation', mutation.kind, { input: '$input' });
    const inputType = objectType('Mutation').getFields()[mutation.kind].args.find((arg) => arg.name === 'input')!.type.toString();
    return { selection, answer: ask(this.graphqlUrl, mutation.actor, `mutation PropertyWrite($input: ${inputType}) { ${printSelection(selection)} }`, { input }) };
  }

  /** Makes the write, judges it, and returns the world after it. */
  async check(mutation: ConcreteMutation, before: World): Promise<WriteOutcome> {
    const oracle = new Oracle(mutation.actor);
    const seenBefore = new WorldAnswers(before, oracle);
    const { selection, answer: sent } = this.send(mutation, mutation.input);
    const answer = await sent;
    const after = await loadWorld(this.db);
    const outcome: WriteOutcome = { answer: new AnswerChecker(new WorldAnswers(after, oracle), oracle, answer).checkMutationAnswer(selection), errors: [], link: [], escalation: [], access: [], after };
    const report = (to: Violation[], kind: Violation['kind'], detail: string) => to.push({ kind, path: mutation.kind, detail });

    if (answer.status !== 200) report(outcome.answer, 'unexplained', `a write got HTTP ${answer.status}: ${JSON.stringify(answer.body.errors)}`);
    for (const error of answer.body.errors ?? []) {
      if (!codesOfWrites.has(error.extensions?.code)) report(outcome.answer, 'unexplained', `a write got ${error.extensions?.code}: ${error.message}`);
    }

    // On a record of a dossier the writer may not see (another region's, a closed one), the answer is the one for a record that does not exist.
    const target = mutation.target;
    const dossier = target?.dossierId ? before.dossier.get(target.dossierId) : undefined;
    if (target && dossier && !seenBefore.sees(seenBefore.dossierNode(dossier), 'permissive')) {
      const twin = await this.send(mutation, { ...mutation.input, [target.field]: missingIdLike(target.id, Object.values(mutation.input)) }).answer;
      if (!isDeepStrictEqual(comparable(answer), comparable(twin))) {
        report(outcome.errors, 'leak', `on a ${target.typeName} of a dossier the writer may not see it answers ${JSON.stringify(comparable(answer))}, on one that does not exist ${JSON.stringify(comparable(twin))}`);
      }
    }

    // The person an assessment names, in the dossier but not one the assessor reads there, is refused as one who is not in it.
    if (mutation.kind === 'assessRisk') {
      const { dossierId, personId } = mutation.input as { dossierId: string; personId: string };
      const role = before.rolesInDossier(dossierId).find((r) => r.personId === personId);
      if (role && !seenBefore.sees(seenBefore.dossierPersonNode(role), 'permissive')) {
        const twin = await this.send(mutation, { ...mutation.input, personId: missingIdLike(personId, Object.values(mutation.input)) }).answer;
        if (!isDeepStrictEqual(comparable(answer), comparable(twin))) {
          report(outcome.errors, 'leak', `on a person of the dossier the assessor may not see it answers ${JSON.stringify(comparable(answer))}, on one who is not in it ${JSON.stringify(comparable(twin))}`);
        }
      }
    }

    const data = answer.body.data?.[mutation.kind];
    if (mutation.kind === 'assessRisk' && data) {
      const escalation = this.escalationLeak(data, answer, seenBefore, after);
      if (escalation) report(outcome.escalation, 'leak', escalation);
    }
    if (mutation.kind === 'referFamily' && data?.linkedToExistingDossier === true) {
      const dossierId = data.dossier?.id ?? after.data.referrals.find((r) => r.id === data.referral?.id)?.dossierId;
      const family = dossierId ? before.rolesInDossier(dossierId) : [];
      if (!family.some((role) => seenBefore.sees(seenBefore.dossierPersonNode(role), 'permissive'))) {
        report(outcome.link, 'leak', `linkedToExistingDossier tells the referrer that the family is in ${before.dossier.get(dossierId!)?.code ?? 'a dossier'}, whose persons it may not read`);
      }
    }
    for (const gained of this.accessGained(oracle, before, after)) report(outcome.access, 'leak', `the write gave the writer access it did not have: ${gained}`);
    return outcome;
  }

  /**
   * The escalation an assessment answers with compares only with the person's previous assessment in
   * the same dossier, which every reader of the new one reads too: why it does not, or null.
   */
  private escalationLeak(data: Record<string, any>, answer: GraphQLAnswer, seenBefore: WorldAnswers, after: World): string | null {
    const forbidden = (answer.body.errors ?? []).some((error) => error.path?.join('.') === 'assessRisk.escalation');
    const written = after.data.assessments.find((a) => a.id === data.id);
    if (forbidden || !('escalation' in data) || !written) return null;
    const previous = seenBefore.world.assessmentsOfPerson(written.personId).find((a) => a.dossierId === written.dossierId);
    const expected = previous && levels.indexOf(written.level) > levels.indexOf(previous.level) ? 'HIGHER_LEVEL_THAN_PREVIOUS' : null;
    if (data.escalation === expected) return null;
    return `escalation is ${data.escalation} but the person's previous assessment in this dossier is ${previous ? `at ${previous.level}` : 'none'} (the new level is ${written.level})`;
  }

  /** Fields of persons and dossiers that existed before the write which the writer may read after it but not before. */
  private accessGained(oracle: Oracle, before: World, after: World): string[] {
    const readable = (answers: WorldAnswers, typeName: 'Person' | 'Dossier', id: string) => {
      const node = typeName === 'Person' ? answers.personNode(id) : answers.dossierNode(answers.world.dossier.get(id)!);
      if (!node || !answers.sees(node, 'permissive')) return new Set<string>();
      return new Set(Object.keys(classification[typeName]).filter((field) => oracle.mayRead(typeName, field, node.judged!.permissive)));
    };
    const [then, now] = [new WorldAnswers(before, oracle), new WorldAnswers(after, oracle)];
    const records = [...before.data.persons.map((p) => ['Person', p.id] as const), ...before.data.dossiers.map((d) => ['Dossier', d.id] as const)];
    return records.flatMap(([typeName, id]) => {
      const had = readable(then, typeName, id);
      const gained = [...readable(now, typeName, id)].filter((field) => !had.has(field));
      return gained.length ? [`${typeName} ${id}: ${gained.join(', ')}`] : [];
    });
  }
}
