import { generateKeyPair, SignJWT } from 'jose';
import { createAuthenticator } from '../gateway/authentication';
import { gatewayConfigFromEnv } from '../gateway/config';
import { organisationDirectory } from '../gateway/organisations';
import { createDatabase } from '../subgraphs/common/database';
import { testDatabaseUrl } from './support/database';
import { devIssuer } from '../gateway/dev-issuer';
import { claimsFromActor, Purpose, Role } from '../policy';
import { sqlStatementCount } from '../subgraphs/common/database';
import { actor, limburgPolice, postGraphQL, tokenFor, useTestHub } from './support/hub';

const { hub } = useTestHub();
const readme = { query: '{ dossier(code: "LIMB6024") { code } }' };

async function signed(options: { alg?: string; key?: Parameters<SignJWT['sign']>[0]; claims?: Record<string, unknown>; issuer?: string; audience?: string; expiresAt?: number }) {
  const alg = options.alg ?? 'ES256';
  const key = options.key ?? (await generateKeyPair(alg)).privateKey;
  const { sub, ...claims } = { ...claimsFromActor(limburgPolice()), ...options.claims } as Record<string, unknown>;
  return new SignJWT(claims)
    .setProtectedHeader({ alg })
    .setSubject(String(sub))
    .setIssuer(options.issuer ?? devIssuer.issuer)
    .setAudience(options.audience ?? devIssuer.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 600)
    .sign(key);
}

function unsignedToken() {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ ...claimsFromActor(limburgPolice()), iss: devIssuer.issuer, aud: devIssuer.audience, exp: 9999999999 })}.`;
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

  it('names the reason, e.g. an expired token', async () => {
    const response = await postGraphQL(hub().gateway.graphqlUrl, readme, { authorization: `Bearer ${await tokenFor(limburgPolice(), -60)}` });
    expect(response.body.errors?.[0].message).toBe('access denied: the token has expired');
  });
});

describe('the verified-token cache', () => {
  it('remembers a token only until it expires: afterwards the same token is refused', async () => {
    const db = createDatabase(testDatabaseUrl());
    try {
      const authenticate = await createAuthenticator({ ...gatewayConfigFromEnv({}).authentication, clockToleranceSeconds: 0 }, organisationDirectory(db));
      const token = await tokenFor(limburgPolice(), 2);
      await expect(authenticate(`Bearer ${token}`)).resolves.toMatchObject({ organisationId: 'limburg-police' });
      await expect(authenticate(`Bearer ${token}`)).resolves.toMatchObject({ organisationId: 'limburg-police' });
      await new Promise((resolve) => setTimeout(resolve, 2100));
      await expect(authenticate(`Bearer ${token}`)).rejects.toThrow('access denied: the token has expired');
    } finally {
      await db.destroy();
    }
  });
});
