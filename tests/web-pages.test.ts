import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { serveWebPages } from '../gateway/web-pages';
import { pageClients } from '../hub/page-clients';

const signIn = { issuer: 'http://127.0.0.1:4400', audience: 'safe-home-hub', clients: Object.fromEntries(pageClients.map(({ path, id }) => [path, id])) };
let directory: string;
let server: Server;
let origin: string;
beforeAll(async () => {
  // A build holding the front door, a page for each page client (the DPO's among them), the documents and a bundle.
  directory = mkdtempSync(join(tmpdir(), 'web-pages-'));
  for (const path of ['/home/', ...pageClients.map((client) => client.path), '/docs/']) {
    mkdirSync(join(directory, path), { recursive: true });
    writeFileSync(join(directory, path, 'index.html'), `<!doctype html><title>${path}</title>`);
  }
  mkdirSync(join(directory, 'assets'));
  writeFileSync(join(directory, 'assets', 'page.js'), '');
  const app = express();
  serveWebPages(app, { directory, signIn });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server?.close();
  rmSync(directory, { recursive: true, force: true });
});

describe("the hub's pages", () => {
  it.each(['/', ...pageClients.map(({ path }) => path), '/docs/', '/assets/page.js'])('serves %s under its Content-Security-Policy: not framed, loading and talking to nothing beyond the hub and its identity provider', async (path) => {
    const response = await fetch(`${origin}${path}`);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self' http://127.0.0.1:4400", "frame-ancestors 'none'"]) expect(policy).toContain(directive);
    expect([response.headers.get('x-content-type-options'), response.headers.get('referrer-policy')]).toEqual(['nosniff', 'no-referrer']);
  });

  // The same files at other spellings of their paths: the browser is told the same.
  it.each(['/%64po/', '//dpo/', '/%64ocs/', '/%61ssets/page.js'])('serves %s, a page at another spelling of its path, under the same Content-Security-Policy', async (path) => {
    const response = await fetch(`${origin}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('opens the front door at /, no longer Express\'s "Cannot GET /"', async () => {
    const response = await fetch(`${origin}/`);
    expect([response.status, await response.text()]).toEqual([200, '<!doctype html><title>/home/</title>']);
  });
});
