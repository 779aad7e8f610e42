import { GraphQLFormattedError } from 'graphql';
import { logger } from '../platform/logger';

/** Codes the gateway itself answers with. */
export const GatewayErrorCode = {
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/**
 * The last word on what an error tells the caller. Subgraph errors arrive already formatted with
 * stable codes and pass unchanged; a subgraph that cannot be reached becomes SUBGRAPH_UNAVAILABLE
 * with its name (its address stays in the log); a subgraph's HTTP error response is not passed on;
 * anything else without a code is masked.
 */
export function gatewayErrorFormatter(subgraphUrls: Record<string, string>) {
  const nameOf = (url: string) => Object.entries(subgraphUrls).find(([, known]) => known === url)?.[0];
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const extensions = formatted.extensions ?? {};
    const code = extensions.code as string | undefined;
    const unreachable = /^request to (\S+) failed, reason:/.exec(formatted.message);
    if (unreachable) {
      const serviceName = nameOf(unreachable[1]);
      logger.error({ error: formatted.message, serviceName }, 'subgraph unreachable');
      return {
        message: `A part of the hub (${serviceName ?? 'a subgraph'}) is unavailable; try again later.`,
        path: formatted.path,
        extensions: { code: GatewayErrorCode.SUBGRAPH_UNAVAILABLE, serviceName },
      };
    }
    if (!code || code === GatewayErrorCode.INTERNAL_SERVER_ERROR) {
      logger.error({ error: formatted.message, path: formatted.path }, 'unexpected gateway error');
      return { message: 'Internal error.', path: formatted.path, extensions: { code: GatewayErrorCode.INTERNAL_SERVER_ERROR, serviceName: extensions.serviceName } };
    }
    // A subgraph's HTTP error carries its response (internal address, status, body): kept in the log, not told.
    const { stacktrace: _stacktrace, exception: _exception, response, ...safe } = extensions;
    if (response) logger.warn({ code, serviceName: extensions.serviceName, status: (response as { status?: number }).status }, 'a subgraph answered with an HTTP error');
    return { ...formatted, extensions: safe };
  };
}
