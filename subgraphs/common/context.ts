import DataLoader from 'dataloader';
import { Knex } from 'knex';
import { Actor } from '../../policy';
import { ActorContext } from './actor-token';

/** A batch function of a repository: all values for these keys, in the keys' order, in one statement. */
export type BatchLoad<K, V> = (db: Knex, keys: readonly K[]) => Promise<V[]>;

export interface SubgraphContext {
  db: Knex;
  /** Who the gateway says is asking, for which purpose: verified from the actor token. */
  actor: Actor;
  requestId: string;
  /** Loads one key through a per-request DataLoader for this batch function. */
  load<K, V>(batch: BatchLoad<K, V>, key: K): Promise<V>;
}

export function createContext(db: Knex, { actor, requestId }: ActorContext): SubgraphContext {
  const loaders = new Map<BatchLoad<unknown, unknown>, DataLoader<unknown, unknown>>();
  return {
    db,
    actor,
    requestId,
    load<K, V>(batch: BatchLoad<K, V>, key: K): Promise<V> {
      let loader = loaders.get(batch as BatchLoad<unknown, unknown>) as DataLoader<K, V> | undefined;
      if (!loader) {
        loader = new DataLoader<K, V>((keys) => batch(db, keys));
        loaders.set(batch as BatchLoad<unknown, unknown>, loader as DataLoader<unknown, unknown>);
      }
      return loader.load(key);
    },
  };
}
