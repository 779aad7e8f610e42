import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { generateKeyPair, SignJWT } from 'jose';
import { AuthenticationError, createAuthenticator, KeysUnavailable } from '../gateway/authentication';
import { gatewayConfigFromEnv } from '../hub/gateway-config';
import { organisationDirectory } from '../hub/organisation-directory';
import { createDatabase } from '../platform/database';
import { testDatabaseUrl } from './support/database';
import { claimsFromActor, Purpose, Role } from '../policy';
import { sqlStatementCount } from '../platform/database';
import { actor, limburgPolice, postGraphQL, statistician, tokenFor, useTestHub } from './support/hub';
import { freePort } from './support/identity-provider';
import { testIssuer, testIssuerKey } from './support/test-issuer';

const { hub } = useTestHub();
const readme = { query: '{ dossier(code: "LIMB6024") { code } }' };

type SigningKey = Parameters<SignJWT['sign']>[0];

async function signed(options: { alg?: string; key?: SigningKey; claims?: Record<string, unknown>; issuer?: string; audience?: string; issuedAt?: number | null; expiresAt?: number }) {
  const alg = options.alg ?? 'ES256';
  const key = options.key ?? (await generateKeyPair(alg)).privateKey;
  const { sub, ...claims } = { ...claimsFromActor(limburgPolice()), ...options.claims } as Record<string, unknown>;
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg })
    .setSubject(String(sub))
    .setIssuer(options.issuer ?? testIssuer.issuer)
    .setAudience(options.audience ?? testIssuer.audience)
    .setExpirationTime(options.expiresAt ?? now + 600);
  if (options.issuedAt !== null) jwt.setIssuedAt(options.issuedAt ?? now);
  return jwt.sign(key);
}

const inSeconds = (seconds: number) => Math.floor(Date.now() / 1000) + seconds;
const tenYears = 10 * 365 * 86_400;

function unsignedToken() {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ ...claimsFromActor(limburgPolice()), iss: testIssuer.issuer, aud: testIssuer.audience, exp: 9999999999 })}.`;
}

describe('authentication at the gateway', () => {
  it('accepts a valid development token', async () => {
    const response = await postGraphQL(hub().gateway.graphqlUrl, readme, { authorization: `Bearer ${await tokenFor()}` });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ dossier: { code: 'LIMB6024' } });
  });

  const refusals: [string, () => Promise<Record<string, string>>][] = [
    ['no Authorization header', async () => ({})],
    ['a Basic credential', async () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
    ['a token that is not a JWT', async () => ({ authorization: 'Bearer not-a-token' })],
    ['an expired token', async () => ({ authorization: `Bearer ${await tokenFor(limburgPolice(), -60)}` })],
    ['a token signed by an unknown key', async () => ({ authorization: `Bearer ${await signed({})}` })],
    ['an unsigned token (alg none)', async () => ({ authorization: `Bearer ${unsignedToken()}` })],
    ['an HS256 token (algorithm not allowed)', async () => ({ authorization: `Bearer ${await signed({ alg: 'HS256', key: new TextEncoder().encode('a shared secret of thirty-two bytes!') })}` })],
    ['a token for another audience', async () => ({ authorization: `Bearer ${await tokenFor(limburgPolice()).then(() => signed({ audience: 'another-api' }))}` })],
    ['a token with an unknown role', async () => ({ authorization: `Bearer ${await tokenFor({ ...limburgPolice(), role: 'SUPERUSER' as Role })}` })],
    ['a token whose role does not fit its organisation type', async () => ({ authorization: `Bearer ${await tokenFor({ ...actor('limburg-police', Role.POLICE_LIAISON, Purpose.CASE_CONSULTATION), role: Role.CASE_MANAGER })}` })],
    ['a token for an organisation the hub does not know', async () => ({ authorization: `Bearer ${await tokenFor({ ...limburgPolice(), organisationId: 'atlantis-police' })}` })],
    ['a token placing an organisation in another Safe Home', async () => ({ authorization: `Bearer ${await tokenFor({ ...limburgPolice(), safeHomeId: 'gent' })}` })],
    ['a token with an unknown purpose', async () => ({ authorization: `Bearer ${await tokenFor({ ...limburgPolice(), purpose: 'CURIOSITY' as Purpose })}` })],
    ['a token valid for ten years', async () => ({ authorization: `Bearer ${await tokenFor(limburgPolice(), tenYears)}` })],
    ['a token issued in the future', async () => ({ authorization: `Bearer ${await signed({ key: await testIssuerKey(), issuedAt: inSeconds(600), expiresAt: inSeconds(1200) })}` })],
    ['a token without "iat" expiring beyond the maximum lifetime', async () => ({ authorization: `Bearer ${await signed({ key: await testIssuerKey(), issuedAt: null, expiresAt: inSeconds(2 * 3600) })}` })],
    // A subject the disclosure log could not store would fail the requests batched with it.
    ['a token whose subject holds a NUL', async () => ({ authorization: `Bearer ${await signed({ key: await testIssuerKey(), claims: { sub: 'someone\u0000' } })}` })],
    ['a token whose subject holds an unpaired surrogate', async () => ({ authorization: `Bearer ${await signed({ key: await testIssuerKey(), claims: { sub: 'someone\ud800' } })}` })],
    // The application a token names keys its fair share (gateway/partner-limits.ts): an identifier, never free text.
    ['a token whose client_id is not an identifier', async () => ({ authorization: `Bearer ${await signed({ key: await testIssuerKey(), claims: { client_id: 'police app\n' } })}` })],
    // An IdP may give its ID tokens the hub's audience too: they say who signed in, not what a client may do.
    ['an ID token (typ "ID", as Keycloak marks them)', async () => ({ authorization: `Bearer ${await signed({ key: await testIssuerKey(), claims: { typ: 'ID' } })}` })],
    ['an ID token (with the nonce of a sign-in)', async () => ({ authorization: `Bearer ${await signed({ key: await testIssuerKey(), claims: { nonce: 'n-0S6_WzA2Mj' } })}` })],
    ['a token whose azp is not a string', async () => ({ authorization: `Bearer ${await signed({ key: await testIssuerKey(), claims: { azp: 42 } })}` })],
  ];

  it.each(refusals)('refuses %s with 401 UNAUTHENTICATED, and nothing is executed', async (name, headers) => {
    const statementsBefore = sqlStatementCount();
    const response = await postGraphQL(hub().gateway.graphqlUrl, readme, await headers());
    expect(response.status).toBe(401);
    expect(response.body.errors).toEqual([{ message: expect.stringMatching(/access|token/), extensions: { code: 'UNAUTHENTICATED' } }]);
    expect(response.body.data).toBeUndefined();
    // The only statement a refusal may cost is the organisation directory's lookup of an unknown id.
    expect(sqlStatementCount() - statementsBefore).toBe(name.includes('does not know') ? 1 : 0);
  });

  const reasons: [string, () => Promise<string>, string][] = [
    ['an expired token', () => tokenFor(limburgPolice(), -60), 'access denied: the token has expired'],
    ['a token valid for ten years', () => tokenFor(limburgPolice(), tenYears), `access denied: the token's lifetime of ${tenYears} s exceeds the maximum of 3600 s`],
    ['a token issued in the future', async () => signed({ key: await testIssuerKey(), issuedAt: inSeconds(600), expiresAt: inSeconds(1200) }), 'access denied: the token is issued in the future'],
    ['an ID token', async () => signed({ key: await testIssuerKey(), claims: { typ: 'ID' } }), 'access denied: an ID token is not an access token'],
  ];

  it.each(reasons)('names the reason for %s', async (_name, token, message) => {
    const response = await postGraphQL(hub().gateway.graphqlUrl, readme, { authorization: `Bearer ${await token()}` });
    expect(response.body.errors?.[0].message).toBe(message);
  });

  it("accepts the longest lifetimes the development identity provider gives: an application's hour, a staff member's 15 minutes, and a token issued within the clock tolerance", async () => {
    for (const token of [await tokenFor(limburgPolice(), 3600), await tokenFor(statistician(), 900), await signed({ key: await testIssuerKey(), issuedAt: inSeconds(3), expiresAt: inSeconds(603) })]) {
      const response = await postGraphQL(hub().gateway.graphqlUrl, { query: '{ safeHomes { id } }' }, { authorization: `Bearer ${token}` });
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
    }
  });
});

describe('the application a token was issued to', () => {
  it("is its client_id, else its azp, else none", async () => {
    const db = createDatabase(testDatabaseUrl());
    try {
      const authenticate = await createAuthenticator(gatewayConfigFromEnv({}, testIssuer).authentication, organisationDirectory(db));
      const key = await testIssuerKey();
      const applicationOf = async (claims: Record<string, unknown>) => (await authenticate(`Bearer ${await signed({ key, claims })}`)).application;
      expect(await applicationOf({ client_id: 'police-app', azp: 'other' })).toBe('police-app');
      expect(await applicationOf({ azp: 'https://apps.example/police' })).toBe('https://apps.example/police');
      expect(await applicationOf({})).toBeNull();
    } finally {
      await db.destroy();
    }
  });
});

describe("an identity provider's own claim names (AUTH_CLAIMS)", () => {
  const mapping = JSON.stringify({ org: 'organisation', org_type: 'organisation_type', role: 'hub_role', safe_home: 'region', purpose: 'hub_purpose', client_id: 'azp' });
  const asAProductionProvider = {
    organisation: 'limburg-police', organisation_type: 'POLICE', hub_role: 'POLICE_LIAISON', region: 'limburg', hub_purpose: 'CASE_CONSULTATION', azp: 'police-app',
  };

  it('reads the actor and the application from the claims it names, and from nowhere else', async () => {
    const db = createDatabase(testDatabaseUrl());
    try {
      const authenticate = await createAuthenticator(gatewayConfigFromEnv({ AUTH_CLAIMS: mapping }, testIssuer).authentication, organisationDirectory(db));
      const bearer = async (claims: Record<string, unknown>) => `Bearer ${await signed({ key: await testIssuerKey(), claims: { org: undefined, org_type: undefined, role: undefined, safe_home: undefined, purpose: undefined, ...claims } })}`;
      await expect(authenticate(await bearer(asAProductionProvider))).resolves.toEqual({
        actor: { subject: limburgPolice().subject, organisationId: 'limburg-police', organisationType: 'POLICE', role: 'POLICE_LIAISON', safeHomeId: 'limburg', purpose: 'CASE_CONSULTATION' },
        application: 'police-app',
      });
      // A token carrying the hub's own claim names beside the mapped ones cannot override them.
      await expect(authenticate(await bearer({ ...asAProductionProvider, client_id: 'someone-else', organisation: undefined, org: 'limburg-police' }))).rejects.toThrow('access denied: the token does not describe an actor: claim "org" is missing or malformed');
      const unmapped = await createAuthenticator(gatewayConfigFromEnv({}, testIssuer).authentication, organisationDirectory(db));
      await expect(unmapped(await bearer(asAProductionProvider))).rejects.toThrow(/claim "org_type" is missing/);
    } finally {
      await db.destroy();
    }
  });

  it('refuses to start on a mapping that is not JSON, names a claim the hub does not read, or maps to nothing', () => {
    expect(() => gatewayConfigFromEnv({ AUTH_CLAIMS: 'org=organisation' }, testIssuer)).toThrow(/AUTH_CLAIMS must be a JSON object/);
    expect(() => gatewayConfigFromEnv({ AUTH_CLAIMS: '{"break_glass":"emergency"}' }, testIssuer)).toThrow(/"break_glass" is not a claim the hub reads/);
    expect(() => gatewayConfigFromEnv({ AUTH_CLAIMS: '{"org":""}' }, testIssuer)).toThrow(/"org" must name a claim/);
  });
});

describe('the clock tolerance (AUTH_CLOCK_TOLERANCE_SECONDS)', () => {
  it('refuses to start on one that is no whole number of seconds from 0 to 300: "5s" would have let every expired token through', async () => {
    for (const tolerance of ['5s', 'five', '', '-1', '2.5', '301', '86400']) {
      expect(() => gatewayConfigFromEnv({ AUTH_CLOCK_TOLERANCE_SECONDS: tolerance }, testIssuer)).toThrow('AUTH_CLOCK_TOLERANCE_SECONDS must be a whole number of seconds from 0 to 300');
    }
    expect(gatewayConfigFromEnv({ AUTH_CLOCK_TOLERANCE_SECONDS: '0' }, testIssuer).authentication.clockToleranceSeconds).toBe(0);
    expect(gatewayConfigFromEnv({}, testIssuer).authentication.clockToleranceSeconds).toBe(5);
  });
});

describe('the identity provider the gateway trusts', () => {
  it('must be configured: without AUTH_ISSUER and AUTH_JWKS_URL, or with a blank audience, the gateway does not start, in development too', async () => {
    for (const env of [{}, { AUTH_JWKS_URL: 'https://idp.example.org/jwks' }, { AUTH_ISSUER: 'https://idp.example.org' }]) {
      expect(() => gatewayConfigFromEnv(env)).toThrow(/AUTH_ISSUER and AUTH_JWKS_URL must name the identity provider/);
    }
    const db = createDatabase(testDatabaseUrl());
    try {
      // A blank audience (AUTH_AUDIENCE= in an environment file) is no audience to jose: any token of the issuer's would pass, an ID token or one for another API.
      for (const env of [{ AUTH_AUDIENCE: '' }, { AUTH_AUDIENCE: ' ' }, { AUTH_ISSUER: ' ' }]) {
        const configured = gatewayConfigFromEnv({ AUTH_ISSUER: 'https://idp.example.org', AUTH_JWKS_URL: 'https://idp.example.org/jwks', ...env }).authentication;
        await expect(createAuthenticator(configured, organisationDirectory(db))).rejects.toThrow('authentication needs an issuer and an audience (AUTH_ISSUER, AUTH_AUDIENCE), neither blank');
      }
    } finally {
      await db.destroy();
    }
    expect(gatewayConfigFromEnv({ AUTH_ISSUER: 'https://idp.example.org', AUTH_JWKS_URL: 'https://idp.example.org/jwks' }).authentication).toMatchObject({
      issuer: 'https://idp.example.org', audience: 'safe-home-hub', jwksUrl: 'https://idp.example.org/jwks', localJwks: undefined,
    });
  });
});

describe("an identity provider whose keys cannot be fetched", () => {
  it("is not the caller's fault: no 401 sending staff to sign in again, but an error the gateway answers with 503; a key set that answers still refuses a token no key of it fits", async () => {
    const keySet = { keys: [(await testIssuer.localJwks!()).keys[0]] };
    const answers: Record<string, [number, string]> = { '/failing': [500, 'Internal Server Error'], '/not-json': [200, '<html>maintenance</html>'], '/no-key-set': [200, '{"keys": "none"}'], '/keys': [200, JSON.stringify(keySet)] };
    const server = createServer((req, res) => {
      const [status, body] = answers[req.url!];
      res.writeHead(status).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const db = createDatabase(testDatabaseUrl());
    try {
      const at = (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
      const authenticatorAt = (jwksUrl: string) => createAuthenticator({ ...gatewayConfigFromEnv({}, testIssuer).authentication, jwksUrl, localJwks: undefined }, organisationDirectory(db));
      const token = `Bearer ${await signed({ key: await testIssuerKey() })}`;
      for (const jwksUrl of [`http://127.0.0.1:${await freePort()}/jwks`, at('/failing'), at('/not-json'), at('/no-key-set')]) {
        const refused = await (await authenticatorAt(jwksUrl))(token).catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(KeysUnavailable);
        expect(refused).not.toBeInstanceOf(AuthenticationError);
      }
      const answering = await authenticatorAt(at('/keys'));
      await expect(answering(`Bearer ${await signed({})}`)).rejects.toThrow(new AuthenticationError('access denied: the token signature is not valid'));
      await expect(answering(token)).resolves.toMatchObject({ actor: { organisationId: 'limburg-police' } });
    } finally {
      server.close();
      await db.destroy();
    }
  });
});

describe('the verified-token cache', () => {
  it('remembers a token only until it expires: afterwards the same token is refused', async () => {
    const db = createDatabase(testDatabaseUrl());
    try {
      const authenticate = await createAuthenticator({ ...gatewayConfigFromEnv({}, testIssuer).authentication, clockToleranceSeconds: 0 }, organisationDirectory(db));
      const token = await tokenFor(limburgPolice(), 2);
      await expect(authenticate(`Bearer ${token}`)).resolves.toMatchObject({ actor: { organisationId: 'limburg-police' } });
      await expect(authenticate(`Bearer ${token}`)).resolves.toMatchObject({ actor: { organisationId: 'limburg-police' } });
      await new Promise((resolve) => setTimeout(resolve, 2100));
      await expect(authenticate(`Bearer ${token}`)).rejects.toThrow('access denied: the token has expired');
    } finally {
      await db.destroy();
    }
  });
});

describe('an organisation that changes or goes', () => {
  it('loses access as soon as the directory looks it up again, whatever its tokens still say', async () => {
    const db = createDatabase(testDatabaseUrl('casework'));
    const id = `limburg-police-${process.pid}`;
    const organisation = () => db('dossiers.organisations').where({ id });
    const afterTheDirectoryForgets = () => new Promise((resolve) => setTimeout(resolve, 1100));
    try {
      await db('dossiers.organisations').insert({ id, name: 'Politiezone Proefstad', type: 'POLICE', safeHomeId: 'limburg' });
      const authenticate = await createAuthenticator(gatewayConfigFromEnv({}, testIssuer).authentication, organisationDirectory(db, { rememberSeconds: 1 }));
      const bearer = `Bearer ${await tokenFor({ ...limburgPolice(), organisationId: id })}`;
      await expect(authenticate(bearer)).resolves.toMatchObject({ actor: { organisationId: id } });

      await organisation().update({ type: 'CAW' });
      await afterTheDirectoryForgets();
      await expect(authenticate(bearer)).rejects.toThrow(`access denied: organisation "${id}" is not a POLICE of Safe Home limburg`);

      await organisation().update({ type: 'POLICE', safeHomeId: 'antwerpen' });
      await afterTheDirectoryForgets();
      await expect(authenticate(bearer)).rejects.toThrow(`access denied: organisation "${id}" is not a POLICE of Safe Home limburg`);

      await organisation().update({ safeHomeId: 'limburg' });
      await afterTheDirectoryForgets();
      await expect(authenticate(bearer)).resolves.toMatchObject({ actor: { organisationId: id } });

      await organisation().delete();
      await afterTheDirectoryForgets();
      await expect(authenticate(bearer)).rejects.toThrow(`access denied: unknown organisation "${id}"`);
    } finally {
      await organisation().delete();
      await db.destroy();
    }
  });
});
