import { Knex } from 'knex';
import { NonEmptyArray } from 'type-graphql';
import { SubgraphContext } from './context';

/** A knex migration given in code, so migrations load the same under tsx, ts-jest and node. */
export interface Migration {
  name: string;
  up(db: Knex): Promise<void>;
  down(db: Knex): Promise<void>;
}

/** How an entity of this subgraph is found from a federation reference (`_entities`). */
export type ReferenceResolver = (reference: { id: string }, context: SubgraphContext) => unknown;

/** Everything the hub needs to know about a subgraph; each subgraph's entry exports one. */
export interface SubgraphDefinition {
  name: string;
  /** The PostgreSQL schema this subgraph owns. */
  databaseSchema: string;
  /** Statistics reads reporting views only: its connections are read-only. */
  readOnly?: boolean;
  migrations: Migration[];
  resolvers: NonEmptyArray<Function>;
  /** Entities reached only through `_entities` (e.g. a type this subgraph adds fields to). */
  entityTypes?: Function[];
  referenceResolvers?: Record<string, ReferenceResolver>;
}
