import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Express, NextFunction, Request, Response } from 'express';
import { logger } from './logger';

export interface Listening {
  url: string;
  port: number;
  /** Stops accepting connections, lets requests in flight finish for up to graceMs (default none), then cuts what is left. */
  close(graceMs?: number): Promise<void>;
}

/** The longest a client may take to send a whole request (Node's default is five minutes): a request body trickled in holds its partner's slot no longer. */
export const REQUEST_RECEIPT_TIMEOUT_MS = 30_000;

/** Listens on a port (0: any free one) on the loopback or given host, and tells where. */
export function listen(app: Express, port: number, host = process.env.HOST ?? '127.0.0.1'): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(port, host);
    let closing = false;
    // While closing, a request that still arrives on a kept-alive connection is served, and its connection closed after it.
    server.on('request', (_req, res) => {
      if (closing) res.shouldKeepAlive = false;
      res.once('finish', () => closing && server.closeIdleConnections());
    });
    server.once('error', reject);
    server.once('listening', () => {
      server.keepAliveTimeout = 65_000;
      server.headersTimeout = 20_000;
      server.requestTimeout = REQUEST_RECEIPT_TIMEOUT_MS;
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${address.port}`,
        port: address.port,
        close: (graceMs = 0) =>
          new Promise<void>((done) => {
            closing = true;
            const cut = setTimeout(() => server.closeAllConnections(), graceMs);
            server.close(() => {
              clearTimeout(cut);
              done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}

/** HTTP 401 with a GraphQL error body: what the gateway and every subgraph answer to a caller without valid credentials. */
export function sendUnauthenticated(res: Response, message: string, realm: string) {
  res
    .status(401)
    .set('WWW-Authenticate', `Bearer realm="${realm}", error="invalid_token"`)
    .json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/**
 * The last error handler of the gateway and every subgraph: a body that cannot be read (not JSON,
 * too large) is the caller's 4xx; anything else is a 500 whose details stay in the log.
 */
export function answerUnhandledError(error: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) {
  const status = error.status && error.status < 500 ? error.status : 500;
  if (status === 500) logger.error({ err: error }, 'unhandled error');
  res.status(status).json({
    errors: [{ message: status === 500 ? 'Internal error.' : status === 413 ? 'The request body is larger than 1 MB.' : 'The request body is not valid JSON.', extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }],
  });
}
