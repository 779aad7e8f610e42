import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { Express, NextFunction, Request, Response } from 'express';

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
 * the caller's own token. Each page that signs in (its path in signIn.clients) is served under the
 * Content-Security-Policy above, a page added later too, and so are the ones that do not.
 */
export function serveWebPages(app: Express, { directory, signIn }: WebPagesOptions): void {
  const policy = contentSecurityPolicy(originOf(signIn.issuer));
  const pages = Object.keys(signIn.clients).map((path) => path.replace(/\/$/, ''));
  const secured = (_req: Request, res: Response, next: NextFunction) => {
    res.set('content-security-policy', policy);
    res.set('x-content-type-options', 'nosniff');
    res.set('referrer-policy', 'no-referrer');
    next();
  };
  app.use([...pages, '/home', '/docs', '/assets'], secured);
  app.get('/auth/config', (_req: Request, res: Response) => void res.json(signIn));
  if (!existsSync(directory)) {
    app.get(['/', ...pages, '/docs'], (_req: Request, res: Response) => {
      res.status(503).type('text/plain').send('The web pages are not built: run `npm run build:web` (npm start does this itself).');
    });
    return;
  }
  // The front door is the home page's build (clients/web/home/), at the hub's root.
  app.get('/', secured, (_req: Request, res: Response) => res.sendFile(join(directory, 'home', 'index.html')));
  app.use(express.static(directory, { index: 'index.html', redirect: true, fallthrough: true }));
}
