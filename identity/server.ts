import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ensureKeyPair } from '../platform/key-pair';
import { logger } from '../platform/logger';
import { ClientSource } from './clients';
import { IdentityConfig, identityDirectory, identityHost, issuerOf } from './config';
import { createIdentityProvider } from './provider';
import { ensureCookieKeys } from './secrets';
import { signInInteraction } from './sign-in';

export interface RunningIdentityProvider {
  issuer: string;
  close(): Promise<void>;
}

/**
 * The development identity provider on its port: its signing key under .data/identity/ (made on
 * first start, reused after), its clients from the given source. The issuer is known once it
 * listens (a free port when asked for 0), so the provider is made then.
 */
export async function startIdentityProvider(config: IdentityConfig, clients: ClientSource): Promise<RunningIdentityProvider> {
  let handle = (_req: IncomingMessage, res: ServerResponse) => void res.writeHead(503).end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(config.port, identityHost, resolve));
  const issuer = issuerOf(config, (server.address() as AddressInfo).port);

  const { privateJwk } = await ensureKeyPair(join(identityDirectory, 'signing-key'), 'ES256');
  const provider = createIdentityProvider({ issuer, hubOrigin: config.hubOrigin, clients, signingKey: privateJwk, cookieKeys: ensureCookieKeys() });
  const signIn = signInInteraction(provider, clients, config.hubOrigin);
  const serveProvider = provider.callback();
  handle = (req, res) => {
    // Node's HTTP parser lets through request targets that are no URL (e.g. "GET http://["), on which Koa throws.
    if (!URL.canParse(req.url ?? '', 'http://provider')) return void res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad Request: the request target is not a URL path');
    signIn(req, res)
      .then(async (answered) => {
        if (!answered) await serveProvider(req, res);
      })
      .catch((error) => {
        logger.error({ err: error }, 'identity provider failed');
        if (!res.headersSent) res.writeHead(500).end();
      });
  };
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
