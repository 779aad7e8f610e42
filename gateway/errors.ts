import { GraphQLFormattedError } from 'graphql';
import { logger } from '../subgraphs/common/logger';

/** Codes the gateway itself answers with. */
export const GatewayErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/**
 * The last word on what an error tells the caller. Subgraph errors arrive already formatted with
 * stable codes and pass unchanged; a subgraph that cannot be reached becomes SUBGRAPH_UNAVAILABLE
 * (its address stays in the log); anything else without a code is masked.
 */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  const { code, serviceName } = extensions as { code?: string; serviceName?: string };
  if (/^Error while fetching subgraph|^Subgraph .* unavailable|fetch failed|ECONNREFUSED/i.test(formatted.message)) {
    logger.error({ error: formatted.message, serviceName }, 'subgraph unreachable');
    return {
      message: `A part of the hub${serviceName ? ` (${serviceName})` : ''} is unavailable; try again later.`,
      path: formatted.path,
      extensions: { code: GatewayErrorCode.SUBGRAPH_UNAVAILABLE, serviceName },
    };
  }
  if (!code || code === GatewayErrorCode.INTERNAL_SERVER_ERROR) {
    if (formatted.message !== 'Internal error.') logger.error({ error: formatted.message, path: formatted.path }, 'unexpected gateway error');
    return { message: 'Internal error.', path: formatted.path, extensions: { code: GatewayErrorCode.INTERNAL_SERVER_ERROR, serviceName } };
  }
  const { stacktrace: _stacktrace, exception: _exception, ...safe } = extensions;
  return { ...formatted, extensions: safe };
}
