import { Knex } from 'knex';
import { RecordAttribute, RecordAttributes } from '../../policy';
import { withAccess } from './access';

/**
 * How the policy attributes of one entity type read in SQL (policy/record-attributes.ts): for each
 * attribute, its SQL expression given the SQL that names the row (its key, or its alias in the
 * query), and whether it is a list. Both the visibility filter (whereVisible, policy-sql.ts) and the
 * select-list that reads a record's attributes next to it (attributesColumn) are generated from
 * one such map, so what the filter checks is what the guard later checks.
 */
export interface AttributeExpression {
  sql: (row: string) => string;
  list?: boolean;
}

export type RecordAttributeMap = Partial<Record<RecordAttribute, AttributeExpression>>;

const entries = (map: RecordAttributeMap) => Object.entries(map) as [RecordAttribute, AttributeExpression][];

/** A map over rows that lead to this map's rows (a record to its dossier): `to` gives the SQL of the target row. */
export const through = (map: RecordAttributeMap, to: (row: string) => string): RecordAttributeMap =>
  Object.fromEntries(entries(map).map(([attribute, { sql, list }]) => [attribute, { sql: (row: string) => sql(to(row)), list }]));

/** A row's attributes as one JSON object in SQL. */
export const attributesObject = (map: RecordAttributeMap, row: string) =>
  `json_build_object(${entries(map).map(([attribute, { sql }]) => `'${attribute}', ${sql(row)}`).join(', ')})`;

/** The select-list item that reads a row's attributes next to it, `policyAttributes` on the row. */
export const attributesColumn = (db: Knex, map: RecordAttributeMap, row: string): Knex.Raw => db.raw(`${attributesObject(map, row)} AS policy_attributes`);

/** A row read with attributesColumn. */
export type WithAttributes<R> = R & { policyAttributes: RecordAttributes };

/** Moves the attributes read next to a row into the record's (hidden) policy attributes. */
export function withRecordAttributes<R extends object>({ policyAttributes, ...record }: WithAttributes<R>) {
  return withAccess(record, policyAttributes);
}
