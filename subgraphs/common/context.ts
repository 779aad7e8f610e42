import DataLoader from 'dataloader';
import { Knex } from 'knex';
import { Actor, abilityFor, HubAbility } from '../../policy';
import { ActorContext } from '../../platform/actor-token';
import { PolicyGrants } from '../../platform/policy-grants';
import { RecordVerdicts } from './record-verdicts';

/**
 * A batch function of a repository: all values for these keys, in the keys' order, in one
 * statement. It gets the request's context for what depends on the actor (the SQL visibility filter).
 */
export type BatchLoad<K, V> = (db: Knex, keys: readonly K[], context: SubgraphContext) => Promise<V[]>;

export interface SubgraphContext {
  db: Knex;
  /** Who the gateway says is asking, for which purpose: verified from the actor token. */
  actor: Actor;
  /** The actor's ability, built from policy/ once per request. */
  ability: HubAbility;
  requestId: string;
  traceId: string;
  /** The SHA-256 (hex) of the client's document, from the actor token: a mutation's log lines name it. */
  documentHash: string;
  /** The rule that granted each field of each audited record, reported to the gateway with the answer. */
  grants: PolicyGrants;
  /** The policy guard's verdicts on the fields of this request's records, each taken once. */
  verdicts: RecordVerdicts;
  /** Loads one key through a per-request DataLoader for this batch function. */
  load<K, V>(batch: BatchLoad<K, V>, key: K): Promise<V>;
}

export function createContext(db: Knex, { actor, requestId, traceId, documentHash }: ActorContext): SubgraphContext {
  const loaders = new Map<BatchLoad<unknown, unknown>, DataLoader<unknown, unknown>>();
  const context: SubgraphContext = {
    db,
    actor,
    ability: abilityFor(actor),
    requestId,
    traceId,
    documentHash,
    grants: {},
    verdicts: new RecordVerdicts(),
    load<K, V>(batch: BatchLoad<K, V>, key: K): Promise<V> {
      let loader = loaders.get(batch as BatchLoad<unknown, unknown>) as DataLoader<K, V> | undefined;
      if (!loader) {
        loader = new DataLoader<K, V>((keys) => batch(db, keys, context));
        loaders.set(batch as BatchLoad<unknown, unknown>, loader as DataLoader<unknown, unknown>);
      }
      return loader.load(key);
    },
  };
  return context;
}
