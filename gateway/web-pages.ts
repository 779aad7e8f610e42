import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { Express, NextFunction, Request, Response } from 'express';

/** Where `npm run build:web` puts the dashboard and the explorer. */
export const webPagesDirectory = resolve(__dirname, '..', 'clients', 'web', 'dist');

export interface WebPagesOptions {
  directory: string;
  /** Development only: a short-lived statistician token for the dashboard, handed to a browser on this machine. */
  dashboardToken?: () => Promise<string>;
}

/**
 * The pages load nothing from anywhere but the hub: the browser is told so (Content-Security-Policy),
 * which also keeps an injected script from calling out. GraphiQL's editor needs inline styles and
 * blob workers.
 */
const contentSecurityPolicy = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self' data:",
  "worker-src 'self' blob:", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'",
].join('; ');

const isLoopback = (req: Request) => ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '');

/**
 * Serves the internal dashboard at /dashboard/ and the GraphQL explorer at /explorer/, both built
 * with Vite from clients/web. They are static pages: all data comes through /graphql under the
 * policy, with the caller's own token.
 */
export function serveWebPages(app: Express, { directory, dashboardToken }: WebPagesOptions): void {
  app.use(['/dashboard', '/explorer', '/assets'], (_req: Request, res: Response, next: NextFunction) => {
    res.set('content-security-policy', contentSecurityPolicy);
    res.set('x-content-type-options', 'nosniff');
    res.set('referrer-policy', 'no-referrer');
    next();
  });
  if (dashboardToken) {
    app.get('/dashboard/token', async (req: Request, res: Response) => {
      if (!isLoopback(req)) return void res.status(403).json({ error: 'development dashboard tokens are only handed to a browser on this machine' });
      res.set('cache-control', 'no-store').json({ token: await dashboardToken() });
    });
  }
  if (!existsSync(directory)) {
    app.get(['/dashboard', '/explorer'], (_req: Request, res: Response) => {
      res.status(503).type('text/plain').send('The web pages are not built: run `npm run build:web` (npm start does this itself).');
    });
    return;
  }
  app.use(express.static(directory, { index: 'index.html', redirect: true, fallthrough: true }));
}
