import { execFile } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo, connect } from 'node:net';
import { promisify } from 'node:util';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { CaseFileDocument, DashboardStatisticsDocument } from '../clients/generated/graphql';
import { documentIdOf } from '../clients/document-id';
import { revokeApplicationOnRecord } from '../hub/application-revocation';
import { startHub, RunningHub } from '../hub/start-hub';
import { storedClientSecret } from '../identity/secrets';
import { LIMB6024 } from '../seed/fixtures';
import { developmentStaffPassword } from '../seed/staff';
import { newTrace } from './support/audit';
import { testDatabaseUrl, useTestDatabase } from './support/database';
import { postGraphQL } from './support/hub';
import { clientCredentials, freePort, useIdentityProvider } from './support/identity-provider';

// The provider refuses the applications revoked in the hub's registry: the case-work database's, which a test here may change.
const provider = useIdentityProvider(undefined, () => ({ DATABASE_URL: testDatabaseUrl('casework') }));
const db = useTestDatabase();
const caseworkDb = useTestDatabase('casework');
let hub: RunningHub;
beforeAll(async () => {
  // The hub as npm start runs it, trusting the provider by its issuer, JWKS and audience, nothing else; as in production, only approved documents run.
  hub = await startHub({ databaseUrl: testDatabaseUrl(), gatewayPort: 0, subgraphPort: () => 0, env: { ...provider().hubEnv, TRUSTED_DOCUMENTS: 'enforce' } });
});
afterAll(async () => {
  await hub?.stop();
});

const secretOf = (application: string) => storedClientSecret(application)!;
const tokenRequest = (application: string, scope?: string, secret = secretOf(application)) => clientCredentials(provider().issuer, application, secret, scope);
const refusals = () => provider().log().filter((line) => line.msg === 'identity provider refused a request');

/** A sign-in begun as a page begins it, and the provider's sign-in form for it: where it posts, with the interaction's cookies. */
async function beginSignIn(clientId: string, pagePath: string, scope: string) {
  const authorization = await fetch(`${provider().issuer}/auth?${new URLSearchParams({
    client_id: clientId, redirect_uri: `http://127.0.0.1:4000${pagePath}`, response_type: 'code', scope,
    state: 'a-state-of-twenty-chars', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256',
  })}`, { redirect: 'manual' });
  const interaction = authorization.headers.get('location')!;
  expect(interaction).toMatch(/^\/interaction\/[\w-]+$/);
  const cookie = authorization.headers.getSetCookie().map((set) => set.split(';')[0]).join('; ');
  return {
    /** Where the form posts, and the cookies it goes with. */
    login: { path: `${interaction}/login`, cookie },
    submit: (fields: Record<string, string>) =>
      fetch(`${provider().issuer}${interaction}/login`, { method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) }),
  };
}

/** npm run token, as a developer runs it: its exit code and what it printed. */
const tokenCommand = (env: NodeJS.ProcessEnv, ...args: string[]) =>
  promisify(execFile)('npm', ['run', '-s', 'token', '--', ...args], { env: { ...process.env, ...env } }).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
  );

/**
 * What the provider answers a request sent as raw bytes (one no HTTP client would send): its status
 * line; or, for a client that goes away after sending (goesAway), '' when the provider did not answer by then.
 */
function rawRequest(requestLine: string, headersAndBody = '\r\n', { goesAway = false } = {}): Promise<string> {
  const { hostname, port } = new URL(provider().issuer);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`${requestLine}\r\nHost: ${hostname}\r\nConnection: close\r\n${headersAndBody}`);
      if (goesAway) setTimeout(() => socket.destroy(), 100);
      else socket.end();
    });
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk)).on('close', () => resolve(answer.split('\r\n')[0])).on('error', reject);
  });
}

describe('the development identity provider', () => {
  it('signs a partner application in as itself by client credentials, and the hub runs its approved document as that application', async () => {
    const { status, body } = await tokenRequest('limburg-police-app', 'purpose:CASE_CONSULTATION');
    expect(status).toBe(200);
    expect(body.expires_in).toBeLessThanOrEqual(3600);
    const token = body.access_token!;
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ES256', typ: 'at+jwt' });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      iss: provider().issuer, aud: 'safe-home-hub', sub: 'limburg-police-app', client_id: 'limburg-police-app',
      org: 'limburg-police', org_type: 'POLICE', role: 'POLICE_LIAISON', safe_home: 'limburg', purpose: 'CASE_CONSULTATION',
    });
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(3600);

    const trace = newTrace();
    const response = await postGraphQL(hub.gateway.graphqlUrl, { documentId: documentIdOf(CaseFileDocument), variables: { code: LIMB6024.code } }, { authorization: `Bearer ${token}`, traceparent: trace.traceparent });
    expect(response.status).toBe(200);
    expect(response.body.data?.dossier).toMatchObject({ code: LIMB6024.code });
    const lines = await db()('audit.disclosures').where({ traceId: trace.traceId });
    expect(lines.find((line) => line.subjectId === LIMB6024.id)).toBeDefined();
    for (const line of lines) {
      expect(line).toMatchObject({
        actorSubject: 'limburg-police-app', organisationId: 'limburg-police', role: 'POLICE_LIAISON', purpose: 'CASE_CONSULTATION',
        documentHash: documentIdOf(CaseFileDocument).slice('sha256:'.length),
      });
    }
  });

  it("refuses, in enforce mode, an application's document the DPO has not approved, another application's, and ad-hoc text", async () => {
    const antwerpen = (await tokenRequest('antwerpen-police-app')).body.access_token!;
    expect(decodeJwt(antwerpen)).toMatchObject({ sub: 'antwerpen-police-app', org: 'antwerpen-police', safe_home: 'antwerpen', purpose: 'CASE_CONSULTATION' });
    const send = (token: string, body: unknown) => postGraphQL(hub.gateway.graphqlUrl, body, { authorization: `Bearer ${token}` });
    const pending = await send(antwerpen, { documentId: documentIdOf(CaseFileDocument), variables: { code: LIMB6024.code } });
    expect([pending.status, pending.body.errors![0].extensions!.code, pending.body.errors![0].message]).toEqual([400, 'TRUSTED_DOCUMENT_REQUIRED', expect.stringMatching(/pending/)]);
    const police = (await tokenRequest('limburg-police-app', 'purpose:CASE_CONSULTATION')).body.access_token!;
    const foreign = await send(police, { documentId: documentIdOf(DashboardStatisticsDocument), variables: {} });
    expect([foreign.status, foreign.body.errors![0].extensions!.code]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
    const adHoc = await send(police, { query: '{ dossier(code: "LIMB6024") { code } }' });
    expect([adHoc.status, adHoc.body.errors![0].extensions!.code]).toEqual([400, 'TRUSTED_DOCUMENT_REQUIRED']);
    expect(pending.body.data ?? foreign.body.data ?? adHoc.body.data).toBeUndefined();
  });

  it('refuses a wrong secret and an unknown client with invalid_client, and logs both without the secret', async () => {
    const wrongSecret = 'not-the-secret-of-limburg-police-app';
    for (const attempt of [await tokenRequest('limburg-police-app', 'purpose:CASE_CONSULTATION', wrongSecret), await tokenRequest('no-such-app', undefined, wrongSecret)]) {
      expect(attempt).toEqual({ status: 401, body: { error: 'invalid_client', error_description: 'client authentication failed' } });
    }
    await new Promise((resolve) => setTimeout(resolve, 200)); // the provider's log lines cross a pipe
    expect(refusals()).toEqual(expect.arrayContaining([
      expect.objectContaining({ level: 40, event: 'grant.error', client: 'limburg-police-app', error: 'invalid_client', detail: 'invalid secret provided' }),
      expect.objectContaining({ level: 40, event: 'grant.error', client: 'no-such-app', error: 'invalid_client', detail: 'client not found' }),
    ]));
    expect(JSON.stringify(provider().log())).not.toContain(wrongSecret);
  });

  it.each([
    ['a purpose its role may not declare', 'purpose:STATISTICS', /not allowed/],
    ['a purpose its role may declare but the application was not registered for', 'purpose:RISK_ASSESSMENT', /not allowed/],
    ['a purpose that does not exist', 'purpose:CURIOSITY', /"CURIOSITY" is not one this client may declare/],
    ['two purposes at once', 'purpose:CASE_CONSULTATION purpose:REFERRAL', /one purpose/],
    ['no purpose, having two', undefined, /say which purpose/],
  ])('refuses %s with invalid_scope', async (_name, scope, description) => {
    const { status, body } = await tokenRequest('limburg-police-app', scope);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid_scope', error_description: expect.stringMatching(description) });
    expect(body.access_token).toBeUndefined();
  });

  it("issues nothing by client credentials to the hub's pages: they sign staff in", async () => {
    const { status, body } = await clientCredentials(provider().issuer, 'safe-home-dashboard', 'anything', 'purpose:STATISTICS');
    expect(status).toBe(401);
    expect(body).toMatchObject({ error: 'invalid_client' });
  });

  it('npm run token gets an application its token from the running provider, and says plainly what is wrong', async () => {
    const token = (...args: string[]) => tokenCommand({ IDP_ISSUER: provider().issuer }, ...args);
    const issued = await token('--client', 'limburg-caw-app', '--purpose', 'REFERRAL');
    expect(issued.code).toBe(0);
    expect(decodeJwt(issued.out.trim())).toMatchObject({ sub: 'limburg-caw-app', org: 'limburg-caw', role: 'SOCIAL_WORKER', purpose: 'REFERRAL' });
    for (const [args, said] of [
      [[], /say which application the token is for \(--client\)\nusage: npm run token -- --client <application id>/],
      [['--client', 'atlantis-app'], /there is no application "atlantis-app": the development provider's are limburg-police-app, /],
      [['--client', '../../etc/passwd'], /is not a client id/],
      [['--client', 'limburg-caw-app'], /refused: invalid_scope \(say which purpose the token is for/],
      [['--client', 'limburg-caw-app', '--purpose', 'STATISTICS'], /refused: invalid_scope/],
      [['--org', 'limburg-police'], /Unknown option '--org'/],
    ] as const) {
      const refused = await token(...args);
      expect([refused.code, refused.out]).toEqual([1, expect.stringMatching(said)]);
      expect(refused.out).not.toMatch(/\n\s+at /); // no stack trace
    }
  }, 60_000);

  it("npm run token says plainly what is wrong with the provider it is pointed at, and sends the secret to no token endpoint but the issuer's own", async () => {
    const secret = secretOf('limburg-caw-app');
    let tokenRequests = 0;
    /** A server at IDP_ISSUER that answers its discovery document as given ("{issuer}" being its own address) and a token request with a proxy's error page. */
    const servers: Server[] = [];
    const impostor = async (discovery: string) => {
      const server = createServer((req, res) => {
        if (req.method === 'GET') return void res.end(discovery.replaceAll('{issuer}', `http://127.0.0.1:${(server.address() as AddressInfo).port}`));
        tokenRequests += 1;
        res.writeHead(502).end('<html>Bad Gateway</html>');
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    };
    try {
      const closed = `http://127.0.0.1:${await freePort()}`;
      for (const [issuer, said] of [
        [`${provider().issuer}/somewhere`, /IDP_ISSUER must be an http\(s\) origin without a path/],
        [await impostor('<html>maintenance</html>'), /openid-configuration answered HTTP 200 with no JSON object/],
        [await impostor(JSON.stringify({ issuer: provider().issuer, token_endpoint: `${closed}/token` })), /is not the OpenID provider its discovery document names/],
        [await impostor(JSON.stringify({ issuer: '{issuer}' })), /names no token endpoint/],
        [await impostor(JSON.stringify({ issuer: '{issuer}', token_endpoint: `${closed}/token` })), /token endpoint http:\/\/127\.0\.0\.1:\d+\/token does not answer/],
        [await impostor(JSON.stringify({ issuer: '{issuer}', token_endpoint: '{issuer}/token' })), /token endpoint http:\/\/127\.0\.0\.1:\d+\/token answered HTTP 502 with no JSON object/],
      ] as const) {
        const refused = await tokenCommand({ IDP_ISSUER: issuer }, '--client', 'limburg-caw-app', '--purpose', 'REFERRAL');
        expect([refused.code, refused.out]).toEqual([1, expect.stringMatching(said)]);
        expect(refused.out).not.toMatch(/\n\s+at /); // no stack trace
        expect(refused.out).not.toContain(secret);
      }
      // Only the server naming itself the issuer in its own discovery document was sent a token request.
      expect(tokenRequests).toBe(1);
    } finally {
      for (const server of servers) server.close();
    }
  }, 60_000);

  it('keeps out of its log what was typed as an account that names none (a password in the wrong field), and shows it back only as text', async () => {
    const signIn = (await beginSignIn('safe-home-explorer', '/explorer/', 'purpose:AUDIT')).submit;
    const typed = 'my-own-password<img src=x onerror=alert(1)>';
    const refused = await signIn({ account: typed, password: 'veilig' });
    expect(refused.status).toBe(401);
    const form = await refused.text();
    expect(form).toContain('value="my-own-password&lt;img src=x onerror=alert(1)&gt;"');
    expect(form).not.toContain('<img');
    const purposeRefused = await signIn({ account: 'limburg-statistician', password: developmentStaffPassword });
    expect([purposeRefused.status, await purposeRefused.text()]).toEqual([401, expect.stringContaining('role STATISTICIAN may not declare purpose AUDIT')]);
    const signedIn = await signIn({ account: 'limburg-dpo', password: developmentStaffPassword });
    expect([signedIn.status, signedIn.headers.get('location')]).toEqual([303, expect.stringMatching(/\/auth\/[\w-]+$/)]);

    await new Promise((resolve) => setTimeout(resolve, 200)); // the provider's log lines cross a pipe
    const signIns = provider().log().filter((line) => line.client === 'safe-home-explorer' && /sign/.test(String(line.msg)));
    expect(signIns).toEqual([
      expect.objectContaining({ msg: 'identity provider refused a sign-in', reason: 'credentials', account: null }),
      expect.objectContaining({ msg: 'identity provider refused a sign-in', reason: 'purpose', account: 'limburg-statistician' }),
      expect.objectContaining({ msg: 'staff signed in', account: 'limburg-dpo', purpose: 'AUDIT' }),
    ]);
    expect(JSON.stringify(provider().log())).not.toContain('my-own-password');
  });

  it('answers a request target that is no URL with 400, and a sign-in form that never arrives whole, without failing on either', async () => {
    for (const target of ['http://[', 'http://[/interaction/x/login']) expect(await rawRequest(`GET ${target} HTTP/1.1`)).toBe('HTTP/1.1 400 Bad Request');
    const { login } = await beginSignIn('safe-home-dashboard', '/dashboard/', 'purpose:STATISTICS');
    const form = `Cookie: ${login.cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\n`;
    expect(await rawRequest(`POST ${login.path} HTTP/1.1`, `${form}Content-Length: 100\r\n\r\naccount=x`, { goesAway: true })).toBe('');
    expect(await rawRequest(`POST ${login.path} HTTP/1.1`, `${form}Transfer-Encoding: chunked\r\n\r\n5\r\naccou\r\nZZ\r\n`)).toBe('HTTP/1.1 400 Bad Request');
    expect(await rawRequest('GET /.well-known/openid-configuration HTTP/1.1')).toBe('HTTP/1.1 200 OK');
    await new Promise((resolve) => setTimeout(resolve, 200)); // the provider's log lines cross a pipe
    expect(provider().log().filter((line) => Number(line.level) >= 50)).toEqual([]);
  });

  it("answers CORS at the token endpoint for the hub's pages only", async () => {
    const exchange = (origin: string) =>
      fetch(`${provider().issuer}/token`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', client_id: 'safe-home-dashboard', code: 'none', code_verifier: 'x'.repeat(43), redirect_uri: 'http://127.0.0.1:4000/dashboard/' }),
      });
    expect((await exchange('http://127.0.0.1:4000')).headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4000');
    expect((await exchange('https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('signs in no application the hub has revoked: invalid_client from then on', async () => {
    expect((await tokenRequest('antwerpen-police-app')).status).toBe(200);
    await revokeApplicationOnRecord(caseworkDb(), { applicationId: 'antwerpen-police-app', revokedBy: 'test-operator', note: 'The police zone replaced this application.' });
    expect(await tokenRequest('antwerpen-police-app')).toEqual({ status: 401, body: { error: 'invalid_client', error_description: 'client authentication failed' } });
    expect((await tokenRequest('limburg-police-app', 'purpose:CASE_CONSULTATION')).status).toBe(200);
  });

  it('signs no staff in to a page the hub has revoked: the hub would refuse every token it issued for it', async () => {
    const authorization = () =>
      fetch(`${provider().issuer}/auth?${new URLSearchParams({
        client_id: 'safe-home-dashboard', redirect_uri: 'http://127.0.0.1:4000/dashboard/', response_type: 'code', scope: 'purpose:STATISTICS',
        state: 'a-state-of-twenty-chars', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256',
      })}`, { redirect: 'manual', headers: { accept: 'text/html' } });
    const before = await authorization();
    expect([before.status, before.headers.get('location')]).toEqual([303, expect.stringMatching(/^\/interaction\//)]);
    await revokeApplicationOnRecord(caseworkDb(), { applicationId: 'safe-home-dashboard', revokedBy: 'test-operator', note: 'The dashboard is withdrawn for a review.' });
    const after = await authorization();
    expect([after.status, after.headers.get('location')]).toEqual([400, null]);
    expect(await after.text()).toContain('<strong>invalid_client</strong>');
  });
});
