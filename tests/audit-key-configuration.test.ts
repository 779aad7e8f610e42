import { generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import type { AuditPublicKeys, AuditSigner } from '../audit-log/audit-key';

/**
 * AUDIT_PUBLIC_JWKS as an operator may write it by mistake: a rotated-out key whose lastRoot is no
 * root number must not verify roots of any time (it would if the number were ignored), and private
 * parts put in it must not be published.
 */
const jwkOf = (key: KeyObject, kid: string) => ({ ...key.export({ format: 'jwk' }), kid });
const current = generateKeyPairSync('ed25519');
const retired = generateKeyPairSync('ed25519');
const environment = { ...process.env };
afterAll(() => {
  process.env = environment;
});

/** The audit-key module as a fresh process would load it with these variables. */
function auditKeyModuleWith(variables: Record<string, object>): typeof import('../audit-log/audit-key') {
  for (const [name, value] of Object.entries(variables)) process.env[name] = JSON.stringify(value);
  let loaded!: typeof import('../audit-log/audit-key');
  jest.isolateModules(() => {
    loaded = require('../audit-log/audit-key');
  });
  return loaded;
}

const publicKeysFrom = (jwks: { keys: object[] }): Promise<AuditPublicKeys> => auditKeyModuleWith({ AUDIT_PUBLIC_JWKS: jwks }).auditPublicKeys();

describe('the published audit keys', () => {
  it.each([['a string', '2'], ['negative', -1], ['a fraction', 1.5], ['null', null], ['beyond a safe integer', 2 ** 60]])(
    'are refused when a rotated-out key has a lastRoot that is %s',
    async (_name, lastRoot) => {
      await expect(publicKeysFrom({ keys: [jwkOf(current.publicKey, 'current'), { ...jwkOf(retired.publicKey, 'retired'), lastRoot }] })).rejects.toThrow(
        'AUDIT_PUBLIC_JWKS: the key "retired" has a lastRoot that is not a root number (a whole number, 0 or more)',
      );
    },
  );

  it('are refused when two keys have one kid: which of them retires it would depend on the order', async () => {
    await expect(publicKeysFrom({ keys: [jwkOf(current.publicKey, 'current'), jwkOf(retired.publicKey, 'retired'), { ...jwkOf(retired.publicKey, 'retired'), lastRoot: 3 }] })).rejects.toThrow(
      'AUDIT_PUBLIC_JWKS: two keys have the kid "retired"',
    );
  });

  it('keep a rotated-out key to the roots up to its lastRoot, 0 included', async () => {
    const keys = await publicKeysFrom({ keys: [jwkOf(current.publicKey, 'current'), { ...jwkOf(retired.publicKey, 'retired'), lastRoot: 0 }] });
    expect([keys.lastRootOf('current'), keys.lastRootOf('retired')]).toEqual([undefined, 0]);
  });

  it('publish no private part, even when AUDIT_PUBLIC_JWKS holds private keys; they still verify', async () => {
    const keys = await publicKeysFrom({ keys: [jwkOf(current.privateKey, 'current'), { ...jwkOf(retired.privateKey, 'retired'), lastRoot: 4 }] });
    for (const key of keys.jwks.keys) expect(key).not.toHaveProperty('d');
    expect(JSON.stringify(keys.jwks)).not.toContain(String(current.privateKey.export({ format: 'jwk' }).d));
    expect(keys.verify('current', 'message', sign(null, Buffer.from('message'), current.privateKey).toString('base64url'))).toBe(true);
  });
});

const signerFrom = (privateJwk: object, jwks: { keys: object[] }): Promise<AuditSigner> => auditKeyModuleWith({ AUDIT_PUBLIC_JWKS: jwks, AUDIT_PRIVATE_JWK: privateJwk }).auditSigner();

describe('the audit signing key', () => {
  it('is refused at start when its roots would not verify: not published, published under its kid with another key, or rotated out', async () => {
    const currentOnly = { keys: [jwkOf(current.publicKey, 'current')] };
    await expect(signerFrom(jwkOf(retired.privateKey, 'retired'), currentOnly)).rejects.toThrow('AUDIT_PRIVATE_JWK: the key "retired" is not published in AUDIT_PUBLIC_JWKS');
    await expect(signerFrom(jwkOf(retired.privateKey, 'current'), currentOnly)).rejects.toThrow('AUDIT_PRIVATE_JWK: the key "current" is not published in AUDIT_PUBLIC_JWKS');
    await expect(signerFrom(jwkOf(retired.privateKey, 'retired'), { keys: [jwkOf(current.publicKey, 'current'), { ...jwkOf(retired.publicKey, 'retired'), lastRoot: 7 }] })).rejects.toThrow(
      'AUDIT_PRIVATE_JWK: the key "retired" is rotated out (lastRoot 7 in AUDIT_PUBLIC_JWKS): sign with the current key',
    );
    expect((await signerFrom(jwkOf(current.privateKey, 'current'), currentOnly)).keyId).toBe('current');
  });
});
