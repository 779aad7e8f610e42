import { GraphQLError } from 'graphql';
import { Knex } from 'knex';
import { classify, explain, mutationActions, RecordAttributes } from '../../policy';
import { actorFacts } from '../../audit-log/disclosure';
import { appendInTransaction } from '../../audit-log/append';
import { withAccess } from './access';
import { SubgraphContext } from './context';
import { badUserInput, forbidden } from './errors';
import { isVisible } from './guard';

/** A record a mutation wrote: one CHANGE line each in the log. */
export interface Written {
  type: string;
  id: string;
}

export interface WriteScope {
  trx: Knex.Transaction;
  /**
   * Checks the policy on the record the mutation writes to (read and locked by then): FORBIDDEN
   * with the reason, or the legal bases it is allowed under, which its log lines carry.
   */
  authorize(target: RecordAttributes): void;
}

/** A record a mutation names: its type, what a caller calls it, its id, and the input field that named it. */
export interface NamedRecord {
  typeName: string;
  what: string;
  id: string;
  field: string;
}

/**
 * The record a mutation names must be one the actor may read, as a read would find it (the policy's
 * ability, as the guard asks it): one they may not read is refused exactly as one that does not
 * exist, same code, message and field, so a write never tells a hidden record from a missing one.
 * FORBIDDEN is left for records the actor reads but may not change, which tells nothing new.
 */
export function requireReadable<T>(context: SubgraphContext, { typeName, what, id, field }: NamedRecord, record: T | null, attributesOf: (record: T) => RecordAttributes): T {
  if (!record || !isVisible(typeName, withAccess({}, attributesOf(record)), context)) throw badUserInput(`there is no ${what} ${id} that you may see`, field);
  return record;
}

/** A stale write: the record changed since the caller read it. Nothing is written; read it again. */
function staleVersion(what: string, expected: number, current: number): GraphQLError {
  return new GraphQLError(`${what} was changed by someone else (version ${current}, you sent ${expected}); read it again and retry`, {
    extensions: { code: 'STALE_VERSION', expectedVersion: expected, currentVersion: current },
  });
}

/** Refuses a write made against another version than the current one (of a record the mutation has locked). */
export function requireVersion(what: string, expected: number, current: number): void {
  if (expected !== current) throw staleVersion(what, expected, current);
}

/**
 * Runs a mutation as one transaction: the work reads and locks what it writes to, has the policy
 * check that record, writes, and names what it wrote; the CHANGE lines for those records are
 * appended to the hash-chained log in the same transaction, so the write and its audit row commit
 * together or not at all. A mutation that never asked the policy is rolled back (fail closed).
 */
export async function write<T>(context: SubgraphContext, mutation: string, work: (scope: WriteScope) => Promise<{ result: T; written: Written[] }>): Promise<T> {
  const action = mutationActions[mutation];
  if (!action) throw forbidden(`Mutation.${mutation} is refused: the policy defines no action for it`, `Mutation.${mutation}`);
  const { actor, ability } = context;
  return context.db.transaction(async (trx) => {
    let allowed: { target: RecordAttributes; rule: string; legalBasis: string[] } | undefined;
    const authorize = (target: RecordAttributes) => {
      // explain() asks the ability for the rule that decides, so its verdict is the ability's, with the rule's legal basis.
      const explanation = explain(actor, action, { typeName: 'Mutation', record: target }, mutation, ability);
      if (!explanation.allowed) throw forbidden(explanation.reason, `Mutation.${mutation}`);
      allowed = { target, rule: explanation.rule!, legalBasis: explanation.legalBasis.map((basis) => basis.id) };
    };
    const { result, written } = await work({ trx, authorize });
    if (!allowed) throw new Error(`Mutation.${mutation} wrote without checking the policy`);
    const classified = classify('Mutation', mutation);
    const category = typeof classified === 'object' ? allowed.target.category ?? 'DECLARED_BY_RECORD' : classified ?? 'UNCLASSIFIED';
    const field = { field: `Mutation.${mutation}`, category, rules: [allowed.rule], legalBasis: allowed.legalBasis };
    await appendInTransaction(trx, {
      request: { occurredAt: new Date(), requestId: context.requestId, traceId: context.traceId, ...actorFacts(actor), operationName: mutation, documentHash: context.documentHash, hiddenUntil: null },
      lines: written.map(({ type, id }) => ({ kind: 'CHANGE', subjectType: type, subjectId: id, fields: [field], denied: [], outcome: 'WRITTEN' })),
    });
    return result;
  });
}
