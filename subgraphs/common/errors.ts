import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable } from '../../platform/database';
import { logger } from '../../platform/logger';

/** Codes the hub reports itself; clients may rely on them. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

const clientCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'ILLEGAL_TRANSITION',
  'STALE_VERSION',
]);

/**
 * Errors leave a subgraph with a stable code and a message meant for the caller. Anything the code
 * did not raise on purpose (a failed query, a bug) is logged here and reaches the caller as a
 * generic error: no SQL, no stack trace.
 */
/**
 * graphql-js's own refusal of an argument the caller's variables left null or unset where it is
 * non-null (`@include(if: $v)` with `$v: Boolean = false` sent as null): raised while executing,
 * but the caller's mistake. Its text names the argument and the variable, never a value.
 */
const nullArgument = /^Argument "\w+" of (non-null|required) type "[\w!\[\]]+" (must not be null\.|was provided the variable "\$\w+" which was not provided a runtime value\.)$/;

/** An error graphql-js raised itself (located at a field, it wraps the one raised), not one a resolver threw. */
function raisedByGraphql(error: unknown): boolean {
  let innermost = error;
  while (innermost instanceof GraphQLError && innermost.originalError) innermost = innermost.originalError;
  return innermost instanceof GraphQLError;
}

export function formatSubgraphError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && clientCodes.has(code)) return formatted;
  if (raisedByGraphql(error) && nullArgument.test(formatted.message)) {
    return { message: formatted.message, path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  const unwrapped = unwrapResolverError(error) as { thrownValue?: unknown };
  // graphql-js wraps values that are not Errors of its own realm; the cause is what was thrown.
  const original = unwrapped?.thrownValue ?? unwrapped;
  if (isDatabaseUnavailable(original)) {
    logger.error({ err: original, path: formatted.path }, 'database unavailable');
    return { message: 'The database is unavailable; try again later.', path: formatted.path, extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error in resolver');
  return { message: 'Internal error.', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/**
 * Refused by the policy: the reason names the rule or what the rules require. A refusal is an
 * answer, not a fault, and no stack leaves a subgraph: it is made without one, whose capture cost
 * more than all the rest of the guard's work on a refused field.
 */
export function forbidden(reason: string, coordinate: string): GraphQLError {
  const { stackTraceLimit } = Error;
  Error.stackTraceLimit = 0;
  try {
    return new GraphQLError(reason, { extensions: { code: 'FORBIDDEN', field: coordinate } });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/** A caller's mistake, named by the argument or input field that caused it. */
export function badUserInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}
