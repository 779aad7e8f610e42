import { rulesToAST } from '@casl/ability/extra';
import { Knex } from 'knex';
import { HubAbility, RecordAttribute } from '../../policy';
import { logger } from '../../platform/logger';

/**
 * How a record attribute reads in a query: a SQL expression over the query's tables, and whether
 * it is a list (consultation participants) or a single value.
 */
export type AttributeSql = Partial<Record<RecordAttribute, { sql: string; list?: boolean }>>;

interface Condition {
  operator: string;
  field?: string;
  value: unknown;
}

interface Compiled {
  sql: string;
  bindings: unknown[];
}

const TRUE: Compiled = { sql: 'TRUE', bindings: [] };
const FALSE: Compiled = { sql: 'FALSE', bindings: [] };

function compile(condition: Condition, attributes: AttributeSql, typeName: string): Compiled {
  const parts = (conditions: Condition[]) => conditions.map((c) => compile(c, attributes, typeName));
  const join = (compiled: Compiled[], glue: string) => ({ sql: `(${compiled.map((c) => c.sql).join(glue)})`, bindings: compiled.flatMap((c) => c.bindings) });
  switch (condition.operator) {
    case 'and':
      return (condition.value as Condition[]).length ? join(parts(condition.value as Condition[]), ' AND ') : TRUE;
    case 'or':
      return (condition.value as Condition[]).length ? join(parts(condition.value as Condition[]), ' OR ') : FALSE;
    case 'not': {
      const inner = Array.isArray(condition.value) ? join(parts(condition.value as Condition[]), ' AND ') : compile(condition.value as Condition, attributes, typeName);
      return { sql: `NOT ${inner.sql}`, bindings: inner.bindings };
    }
  }
  const attribute = attributes[condition.field as RecordAttribute];
  if (!attribute) {
    // A rule this query cannot evaluate: deny, never allow, and say which.
    logger.error({ typeName, attribute: condition.field, operator: condition.operator }, 'policy condition on an attribute this query does not provide: denied');
    return FALSE;
  }
  switch (condition.operator) {
    case 'eq':
      return attribute.list ? { sql: `(? = ANY(${attribute.sql}))`, bindings: [condition.value] } : { sql: `(${attribute.sql} = ?)`, bindings: [condition.value] };
    case 'in':
      return attribute.list
        ? { sql: `(${attribute.sql} && ?::text[])`, bindings: [condition.value] }
        : { sql: `(${attribute.sql} = ANY(?))`, bindings: [condition.value] };
    case 'exists':
      return { sql: `(${attribute.sql} IS ${condition.value ? 'NOT ' : ''}NULL)`, bindings: [] };
    default:
      logger.error({ typeName, operator: condition.operator }, 'policy operator not supported in SQL: denied');
      return FALSE;
  }
}

/**
 * Narrows a query to the records of a type the actor may see at all, by compiling the ability's
 * rules for that type into its WHERE clause (in the spirit of Hasura's permissions): filtered rows
 * never leave PostgreSQL, and counts and pages are right.
 */
export function whereVisible(query: Knex.QueryBuilder, ability: HubAbility, typeName: string, attributes: AttributeSql): Knex.QueryBuilder {
  const ast = rulesToAST(ability, 'read', typeName) as Condition | null;
  const { sql, bindings } = ast ? compile(ast, attributes, typeName) : FALSE;
  return sql === 'TRUE' ? query : query.whereRaw(sql, bindings as Knex.ValueDict[]);
}

/** SQL for the attributes of a dossier, given the SQL of its id. */
export function dossierAttributeSql(dossierId: string): AttributeSql {
  return {
    safeHomeId: { sql: `(SELECT f.safe_home_id FROM dossiers.access_facts f WHERE f.dossier_id = ${dossierId})` },
    dossierStatus: { sql: `(SELECT f.dossier_status FROM dossiers.access_facts f WHERE f.dossier_id = ${dossierId})` },
    participantIds: { sql: participantsSql(dossierId), list: true },
  };
}

export const participantsSql = (dossierId: string) =>
  `ARRAY(SELECT p.organisation_id FROM dossiers.consultation_participants p WHERE p.dossier_id = ${dossierId} ORDER BY 1)`;
