import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Express, Response } from 'express';

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on a port (0: any free one) on the loopback or given host, and tells where. */
export function listen(app: Express, port: number, host = process.env.HOST ?? '127.0.0.1'): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(port, host);
    server.once('error', reject);
    server.once('listening', () => {
      server.keepAliveTimeout = 65_000;
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${address.port}`,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
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
