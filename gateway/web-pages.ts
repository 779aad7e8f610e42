import { existsSync } from 'node:fs';
import { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import express, { Express, Request, Response } from 'express';

/** Where `npm run build:web` puts the pages. */
export const webPagesDirectory = resolve(__dirname, '..', 'clients', 'web', 'dist');

/** How the pages sign staff in (GET /auth/config, public): the identity provider, the audience, each page's OAuth client by path. */
export interface SignInConfig {
  issuer: string;
  audience: string;
  clients: Record<string, string>;
}

export interface WebPagesOptions {
  directory: string;
  signIn: SignInConfig;
}

/** The identity provider's origin, when its issuer is a web address (a test's issuer may be a URN). */
function originOf(issuer: string): string | null {
  try {
    const url = new URL(issuer);
    return ['http:', 'https:'].includes(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The pages load nothing from anywhere but the hub, and talk to nothing else but the identity
 * provider (its discovery document and token endpoint): the browser is told so
 * (Content-Security-Policy), which also keeps an injected script from calling out. Signing in and
 * out are navigations to the provider, not form posts. GraphiQL's editor needs inline styles and
 * blob workers.
 */
const contentSecurityPolicy = (provider: string | null) => [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self' data:",
  "worker-src 'self' blob:", `connect-src 'self'${provider ? ` ${provider}` : ''}`, "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'",
].join('; ');

/**
 * Serves the hub's pages (the front door at /, the internal dashboard at /dashboard/, the GraphQL
 * explorer at /explorer/, the DPO's at /dpo/, the repository's documents at /docs/), built with Vite
 * from clients/web. They are static pages: all data comes through /graphql under the policy, with
 * the caller's own token. Every file of the build is served under the Content-Security-Policy above,
 * a page added later too: set on the file served, not on the paths the pages are meant to be at,
 * since the same file is also served at /%64po/, //dpo/ or /x/../dpo/.
 */
export function serveWebPages(app: Express, { directory, signIn }: WebPagesOptions): void {
  const policy = contentSecurityPolicy(originOf(signIn.issuer));
  const pages = Object.keys(signIn.clients).map((path) => path.replace(/\/$/, ''));
  const secure = (res: ServerResponse) => {
    res.setHeader('content-security-policy', policy);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
  };
  app.get('/auth/config', (_req: Request, res: Response) => void res.json(signIn));
  if (!existsSync(directory)) {
    app.get(['/', ...pages, '/docs'], (_req: Request, res: Response) => {
      res.status(503).type('text/plain').send('The web pages are not built: run `npm run build:web` (npm start does this itself).');
    });
    return;
  }
  // The front door is the home page's build (clients/web/home/), at the hub's root.
  app.get('/', (_req: Request, res: Response) => {
    secure(res);
    res.sendFile(join(directory, 'home', 'index.html'));
  });
  app.use(express.static(directory, { index: 'index.html', redirect: true, fallthrough: true, setHeaders: secure }));
}
