import { generateKeyPair, SignJWT } from 'jose';
import { claimsFromActor } from '../policy';
import { createActorTokenSigner } from '../subgraphs/common/actor-token';
import { limburgPolice, postGraphQL, tokenFor, useTestHub } from './support/hub';

const { hub } = useTestHub();
const subgraphUrl = (name: string) => hub().subgraphs.find((subgraph) => subgraph.name === name)!.graphqlUrl;

const probes = {
  'a query': { query: '{ dossier(code: "LIMB6024") { code } }' },
  '_service': { query: '{ _service { sdl } }' },
  '_entities': { query: '{ _entities(representations: [{ __typename: "Dossier", id: "6024d055-1e00-4000-8000-000000006024" }]) { ... on Dossier { persons { role } } } }' },
};

async function forgedToken(overrides: { lifetime?: string; audience?: string; issuer?: string } = {}) {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const { sub, ...claims } = claimsFromActor(limburgPolice());
  return new SignJWT({ ...claims, rid: 'forged', tid: 'forged' })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'actor+jwt' })
    .setSubject(sub)
    .setIssuer(overrides.issuer ?? 'urn:safe-home-hub:gateway')
    .setAudience(overrides.audience ?? 'urn:safe-home-hub:subgraphs')
    .setIssuedAt()
    .setExpirationTime(overrides.lifetime ?? '60s')
    .sign(privateKey);
}

describe('a subgraph port is no way around the gateway', () => {
  const credentials: [string, () => Promise<string | undefined>][] = [
    ['no token', async () => undefined],
    ["a partner's valid access token for the gateway", () => tokenFor()],
    ['an actor token signed by another key', () => forgedToken()],
    ['an expired actor token', async () => (await createActorTokenSigner())({ actor: limburgPolice(), requestId: 'r', traceId: 't' }, -30)],
    ['an unsigned actor token (alg none)', async () => {
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      return `${part({ alg: 'none', typ: 'actor+jwt' })}.${part({ ...claimsFromActor(limburgPolice()), rid: 'r', iss: 'urn:safe-home-hub:gateway', aud: 'urn:safe-home-hub:subgraphs', exp: 9999999999 })}.`;
    }],
  ];

  for (const [probe, body] of Object.entries(probes)) {
    it.each(credentials)(`refuses ${probe} with %s: 401 UNAUTHENTICATED`, async (_name, token) => {
      const bearer = await token();
      for (const name of ['dossiers', 'persons', 'risk', 'statistics']) {
        const response = await postGraphQL(subgraphUrl(name), body, bearer ? { authorization: `Bearer ${bearer}` } : {});
        expect(response.status).toBe(401);
        expect(response.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect(response.body.data).toBeUndefined();
      }
    });
  }

  it('answers the gateway, whose actor token it verifies', async () => {
    const token = await (await createActorTokenSigner())({ actor: limburgPolice(), requestId: 'r', traceId: 't' });
    const response = await postGraphQL(subgraphUrl('persons'), probes._entities, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.body.data?._entities[0].persons).toHaveLength(4);
  });
});
