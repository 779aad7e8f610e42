import { rulesToAST } from '@casl/ability/extra';
import { Knex } from 'knex';
import { HubAbility, RecordAttribute } from '../../policy';
import { logger } from '../../platform/logger';
import { RecordAttributeMap } from './record-attribute-sql';

/** A type's attribute map applied to the row of one query. */
interface Attributes {
  map: RecordAttributeMap;
  row: string;
}

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

function compile(condition: Condition, attributes: Attributes, typeName: string): Compiled {
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
  const expression = attributes.map[condition.field as RecordAttribute];
  if (!expression) {
    // A rule this query cannot evaluate: deny, never allow, and say which.
    logger.error({ typeName, attribute: condition.field, operator: condition.operator }, 'policy condition on an attribute this query does not provide: denied');
    return FALSE;
  }
  const attribute = { sql: expression.sql(attributes.row), list: expression.list };
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
 * The condition on a row under which the actor may see it as a record of a type at all: the
 * ability's rules for that type compiled over the type's attribute map applied to the row (in the
 * spirit of CASL's accessibleBy and Hasura's permissions).
 */
export function visibleCondition(ability: HubAbility, typeName: string, map: RecordAttributeMap, row: string): Compiled {
  const ast = rulesToAST(ability, 'read', typeName) as Condition | null;
  return ast ? compile(ast, { map, row }, typeName) : FALSE;
}

/**
 * Narrows a query to the records of a type the actor may see at all (visibleCondition in its
 * WHERE clause): filtered rows never leave PostgreSQL, and counts and pages are right.
 */
export function whereVisible(query: Knex.QueryBuilder, ability: HubAbility, typeName: string, map: RecordAttributeMap, row: string): Knex.QueryBuilder {
  const { sql, bindings } = visibleCondition(ability, typeName, map, row);
  return sql === 'TRUE' ? query : query.whereRaw(sql, bindings as Knex.ValueDict[]);
}
