import { generateKeyPairSync, KeyObject } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Knex } from 'knex';
import { auditSigner } from '../audit-log/audit-key';
import { checkpointMessage } from '../audit-log/checkpoint';
import { createAuditLog } from '../audit-log/disclosure-log';
import { Disclosure, RequestLines } from '../audit-log/disclosure';
import { leafHashes } from '../audit-log/line-hash';
import { treeRoot } from '../audit-log/merkle';
import { chainHash, ChainRoot, signedMessage } from '../audit-log/root-chain';
import { migrateAll } from '../hub/prepare-database';
import { createDatabase } from '../platform/database';
import { readWitness } from '../scripts/witness-file';
import { logLine } from './support/audit';
import { npmCommand } from './support/commands';
import { withScratchDatabase } from './support/database';

/**
 * The disclosure log against an insider who can write to its database (and, where a test says so,
 * holds an audit key) and a partner who puts what it likes in a line. Two audit keys for this
 * file: the current one, and one rotated out whose private half was stolen.
 */
const jwkOf = (key: KeyObject, kid: string) => ({ ...key.export({ format: 'jwk' }), kid });
const current = generateKeyPairSync('ed25519');
const retired = generateKeyPairSync('ed25519');
const environment = { ...process.env };
// The retired key signed no root of these logs: it was rotated out before they began (lastRoot 0).
process.env.AUDIT_PUBLIC_JWKS = JSON.stringify({ keys: [jwkOf(current.publicKey, 'current'), { ...jwkOf(retired.publicKey, 'retired'), lastRoot: 0 }] });
process.env.AUDIT_PRIVATE_JWK = JSON.stringify(jwkOf(current.privateKey, 'current'));
afterAll(() => {
  process.env = environment;
});

const requestLines = (request: string, persons: number, at = new Date()): RequestLines => ({
  request: logLine(at, request).request,
  lines: Array.from({ length: persons }, (_, i) => ({
    kind: 'SUBJECT', subjectType: 'Person', subjectId: `person-${i}`, outcome: 'DISCLOSED', denied: [],
    fields: [{ field: 'Person.givenName', category: 'IDENTITY', rules: ['safe-home-team-reads-own-region'], legalBasis: ['decree-2024-art-5'] }],
  })),
});
/** One line of a request, with one of its facts (the request's or the line's own) as a hostile partner chose it. */
const withFact = (entry: RequestLines, fact: Partial<Disclosure>): RequestLines => ({
  request: { ...entry.request, ...Object.fromEntries(Object.entries(fact).filter(([key]) => key in entry.request)) },
  lines: [{ ...entry.lines[0], ...Object.fromEntries(Object.entries(fact).filter(([key]) => !(key in entry.request))) }],
});
const longAgo = (day: number) => new Date(Date.UTC(2005, 0, day));

async function withLog(name: string, work: (db: Knex) => Promise<void>) {
  await withScratchDatabase(`hostile_${name}`, async (url) => {
    const db = createDatabase(url);
    try {
      await migrateAll(db);
      await db.raw('ALTER TABLE audit.disclosures DISABLE TRIGGER USER');
      await work(db);
    } finally {
      await db.destroy();
    }
  });
}

const columns = 'occurred_at, request_id, trace_id, actor_subject, organisation_id, role, purpose, operation_name, document_hash, kind, subject_type, subject_id, fields, denied, outcome, break_glass, justification, hidden_until, leaf_hash';

describe('an insider without the audit key', () => {
  it('cannot add a line numbered 0 or below: it is sealed by no root, and reports would show it', async () => {
    await withLog('seq_zero', async (db) => {
      const log = createAuditLog(db);
      for (const request of ['r1', 'r2']) await log.append(requestLines(request, 2));
      // A line framing another organisation, where subject-access reports (ordered by seq) list it first.
      await db.raw(`INSERT INTO audit.disclosures (seq, ${columns}) SELECT 0, occurred_at, request_id, trace_id, actor_subject, 'limburg-caw', ${columns.split(', ').slice(5).join(', ')} FROM audit.disclosures WHERE seq = 1`);
      expect(await log.verify()).toMatchObject({ intact: false, firstBroken: { seq: 0, reason: 'it is sealed by no root of the chain' } });
    });
  });

  it('cannot pass a deletion off as a purge with a checkpoint signed for another log', async () => {
    let elsewhere: Record<string, unknown> = {};
    await withLog('checkpoint_elsewhere', async (db) => {
      const log = createAuditLog(db);
      for (let day = 1; day <= 3; day++) await log.append(requestLines(`old-${day}`, 1, longAgo(day)));
      await log.append(requestLines('new', 1));
      await log.purgeOlderThan(10);
      elsewhere = await db('audit.chain_checkpoints').first();
    });
    await withLog('checkpoint_replayed', async (db) => {
      const log = createAuditLog(db);
      for (let day = 1; day <= 4; day++) await log.append(requestLines(`kept-${day}`, 1, longAgo(day)));
      await db('audit.disclosures').where('seq', '<=', 3).delete();
      await db('audit.chain_checkpoints').insert(elsewhere);
      expect(await log.verify()).toMatchObject({ intact: false, firstBroken: { reason: 'the checkpoint of the purge before it names another root' } });
    });
  });

  it('cannot empty the log behind a real checkpoint: the roots it names are never purged', async () => {
    await withLog('checkpoint_emptied', async (db) => {
      const log = createAuditLog(db);
      for (let day = 1; day <= 2; day++) await log.append(requestLines(`old-${day}`, 1, longAgo(day)));
      await log.append(requestLines('new', 1));
      await log.purgeOlderThan(10);
      await db.raw('ALTER TABLE audit.chain_roots DISABLE TRIGGER USER');
      await db('audit.disclosures').delete();
      await db('audit.chain_roots').delete();
      expect(await log.verify()).toMatchObject({ intact: false, firstBroken: { seq: 1, reason: 'the log ends before root 2, which the checkpoint of a purge names' } });
    });
  });

  it('cannot make one stored line fail the requests batched with it', async () => {
    await withLog('unstorable', async (db) => {
      const log = createAuditLog(db);
      const settled = await Promise.allSettled([
        ...['a', 'b', 'c'].map((request) => log.append(requestLines(request, 2))),
        log.append(withFact(requestLines('nul', 1), { actorSubject: 'someone\u0000' })),
        log.append(withFact(requestLines('surrogate', 1), { subjectId: 'person-\ud800' })),
        ...['d', 'e', 'f'].map((request) => log.append(requestLines(request, 2))),
      ]);
      expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
      // A backslash written out is text like any other.
      await log.append(withFact(requestLines('backslash', 1), { actorSubject: 'C:\\u0000\\ud800' }));
      expect(await log.verify()).toMatchObject({ intact: true, lines: 13 });
    });
  });

  it('cannot make the check throw with a line that is not one: it names the line', async () => {
    await withLog('malformed', async (db) => {
      const log = createAuditLog(db);
      for (const request of ['r1', 'r2']) await log.append(requestLines(request, 2));
      await db.raw(`UPDATE audit.disclosures SET fields = '{"field": "Person.givenName"}' WHERE seq = 4`);
      expect(await log.verify()).toEqual({ intact: false, lines: 2, roots: 1, firstBroken: { seq: 4, reason: 'it cannot be read as a line of the log' } });
    });
  });

  // Open: the leaf hash covers the keys a field entry is known to have, no other (the first chain hashed them all).
  it('cannot add to what a line says of a field unseen', async () => {
    await withLog('extra_key', async (db) => {
      const log = createAuditLog(db);
      await log.append(requestLines('r1', 2));
      await db.raw(`UPDATE audit.disclosures SET fields = jsonb_set(fields, '{0,value}', '"Noor, 0471 23 45 67"') WHERE seq = 2`);
      expect(await log.verify()).toMatchObject({ intact: false, firstBroken: { seq: 2, reason: 'it holds more than its hash covers' } });
    });
  });
});

/** What the holder of an audit key does: rewrites a batch's lines and its root, re-signed, and the roots after it. */
async function rewriteFrom(db: Knex, rootSeq: number, change: string, sign: (message: string) => string, keyId: string) {
  await db.raw('ALTER TABLE audit.chain_roots DISABLE TRIGGER USER');
  await db.raw(change);
  const roots: ChainRoot[] = await db('audit.chain_roots').where('seq', '>=', rootSeq).orderBy('seq');
  let prevHash = roots[0].prevHash;
  for (const root of roots) {
    const lines = await db('audit.disclosures').whereBetween('seq', [root.firstSeq, root.lastSeq]).orderBy('seq');
    const leaves = leafHashes(lines);
    for (const [i, line] of lines.entries()) await db('audit.disclosures').where({ seq: line.seq }).update({ leafHash: leaves[i].toString('hex') });
    const hash = chainHash({ ...root, root: treeRoot(leaves).toString('hex'), prevHash });
    await db('audit.chain_roots').where({ seq: root.seq }).update({ root: treeRoot(leaves).toString('hex'), prevHash, hash, keyId, signature: sign(signedMessage(hash)) });
    prevHash = hash;
  }
}

describe('an insider holding an audit key', () => {
  it('cannot purge what is not a year old, even with a checkpoint signed by the current key', async () => {
    await withLog('checkpoint_future', async (db) => {
      const log = createAuditLog(db);
      for (const request of ['r1', 'r2', 'r3']) await log.append(requestLines(request, 1));
      const head = (await log.head())!;
      const witness = [{ seq: head.seq, hash: head.hash }];
      await log.append(requestLines('r4', 1));
      const signer = await auditSigner();
      const forged = { seq: head.lastSeq, hash: head.hash, rootSeq: head.seq, purgedLines: 3, cutoff: new Date('2100-01-01T00:00:00Z') };
      await db('audit.disclosures').where('seq', '<=', head.lastSeq).delete();
      await db('audit.chain_checkpoints').insert({ ...forged, keyId: signer.keyId, signature: signer.sign(checkpointMessage(forged)) });
      expect(await log.verify(witness)).toMatchObject({ intact: false, firstBroken: { seq: 3, reason: 'the checkpoint of the purge before it has a cutoff less than a year ago' } });
    });
  });

  it('cannot have a witness overruled by a later export of the same root', async () => {
    await withLog('witness_twice', async (db) => {
      const log = createAuditLog(db);
      for (const request of ['r1', 'r2']) await log.append(requestLines(request, 2));
      const original = (await log.head())!;
      const signer = await auditSigner();
      await rewriteFrom(db, 2, `UPDATE audit.disclosures SET organisation_id = 'limburg-caw' WHERE seq = 3`, signer.sign, signer.keyId);
      // Nothing was appended since: the next scheduled export writes the same root again, as rewritten.
      const rewritten = (await log.head())!;
      expect(rewritten.seq).toBe(original.seq);
      for (const witness of [[original, rewritten], [rewritten, original]]) {
        expect(await log.verify(witness.map(({ seq, hash }) => ({ seq, hash })))).toMatchObject({ intact: false, firstBroken: { seq: 3, reason: 'the log no longer extends root 2 as a witness holds it' } });
      }
    });
  });

  // Open: every key ever published verifies roots of any time, so the remedy the README gives for a stolen key (rotate) does not stop it.
  it('cannot sign new roots with a key rotated out', async () => {
    await withLog('retired_key', async (db) => {
      const log = createAuditLog(db);
      for (const request of ['r1', 'r2']) await log.append(requestLines(request, 2));
      const stolen = jwkOf(retired.privateKey, 'retired');
      const { createPrivateKey, sign } = await import('node:crypto');
      const key = createPrivateKey({ key: stolen, format: 'jwk' });
      await rewriteFrom(db, 2, `UPDATE audit.disclosures SET organisation_id = 'limburg-caw' WHERE seq = 3`, (message) => sign(null, Buffer.from(message), key).toString('base64url'), 'retired');
      expect(await log.verify()).toMatchObject({ intact: false, firstBroken: { seq: 3, reason: "its batch's root is signed by a key retired after root 0" } });
    });
  });

  it('cannot pass a deletion off as a purge with a checkpoint signed by a key rotated out', async () => {
    await withLog('retired_checkpoint', async (db) => {
      const log = createAuditLog(db);
      for (let day = 1; day <= 3; day++) await log.append(requestLines(`old-${day}`, 1, longAgo(day)));
      await log.append(requestLines('new', 1));
      // Lines more than a year old that the retention (10 years) keeps: the stolen key signs their purge.
      const named: ChainRoot = await db('audit.chain_roots').where({ seq: 3 }).first();
      const forged = { seq: named.lastSeq, hash: named.hash, rootSeq: named.seq, purgedLines: 3, cutoff: longAgo(10) };
      const { createPrivateKey, sign } = await import('node:crypto');
      const key = createPrivateKey({ key: jwkOf(retired.privateKey, 'retired'), format: 'jwk' });
      await db('audit.disclosures').where('seq', '<=', named.lastSeq).delete();
      await db('audit.chain_checkpoints').insert({ ...forged, keyId: 'retired', signature: sign(null, Buffer.from(checkpointMessage(forged)), key).toString('base64url') });
      expect(await log.verify()).toMatchObject({ intact: false, firstBroken: { seq: 3, reason: 'the checkpoint of the purge before it is signed by a key retired after root 0' } });
    });
  });
});

describe('a writer without the log\'s published keys', () => {
  it('appends nothing after a root signed by a key it does not list (it would chain roots no verifier accepts)', async () => {
    await withLog('unlisted_key', async (db) => {
      const log = createAuditLog(db);
      await log.append(requestLines('r1', 1));
      // The log went on under the production key; this process knows only its own keys.
      await db.raw('ALTER TABLE audit.chain_roots DISABLE TRIGGER USER');
      await db('audit.chain_roots').insert({ seq: 2, firstSeq: 2, lastSeq: 2, lineCount: 1, latestOccurredAt: new Date(), root: 'r', prevHash: 'p', hash: 'h', keyId: 'production-2026', signature: 's' });
      await expect(log.append(requestLines('r2', 1))).rejects.toThrow('the disclosure log\'s last root is signed by the audit key "production-2026", which AUDIT_PUBLIC_JWKS does not list');
      expect(await db('audit.chain_roots').count({ n: '*' })).toEqual([{ n: 2 }]);
    });
  });
});

describe('a database whose DateStyle is not ISO', () => {
  it('is read as ISO all the same: the log verifies', async () => {
    await withLog('datestyle', async (db) => {
      const log = createAuditLog(db);
      await log.append(requestLines('r1', 2));
      const [{ database }] = (await db.raw('SELECT current_database() AS database')).rows;
      await db.raw(`ALTER DATABASE ${database} SET datestyle = 'SQL, DMY'`);
      await db.destroy();
      const fresh = createDatabase((db.client.config.connection as { connectionString: string }).connectionString);
      try {
        expect(await createAuditLog(fresh).verify()).toEqual({ intact: true, lines: 2, roots: 1 });
      } finally {
        await fresh.destroy();
      }
    });
  });
});

describe('a witness file', () => {
  it('holds a root numbered from 1 on each line that is not blank; any other line is refused by its number', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'witness-')), 'roots.jsonl');
    const refused: [string, number][] = [['{"seq":0,"hash":"h"}', 1], ['\n{"seq":-3,"hash":"h"}', 2], ['{"seq":1.5,"hash":"h"}', 1], ['garbage', 1], ['null', 1], ['\ufeff{"seq":2,"hash":"h"}', 1]];
    for (const [content, line] of refused) {
      writeFileSync(file, content);
      expect(() => readWitness(file)).toThrow(`${file}, line ${line}: not a witnessed root (seq and hash)`);
    }
    writeFileSync(file, '\n{"seq":2,"hash":"h"}\r\n\n');
    expect(readWitness(file)).toEqual([{ seq: 2, hash: 'h' }]);
  });
});

describe('the log commands, given what they cannot use', () => {
  const npm = npmCommand;

  it('say what is wrong and exit 1: never a stack trace, never intact', async () => {
    await withScratchDatabase('hostile_no_log', async (url) => {
      const witness = join(mkdtempSync(join(tmpdir(), 'witness-')), 'roots.jsonl');
      writeFileSync(witness, '{"seq":0,"hash":"h"}\n');
      const runs = await Promise.all([
        npm(url, 'audit:verify'),
        npm(url, 'audit:verify', '--', '--witness', witness),
        npm(url, 'audit:prove', '--', '--seq', '-1'),
        npm(url, 'audit:verify', '--', '--witnes', witness),
        npm(url, 'audit:prove', '--', '--seq', '0x10'),
      ]);
      expect(runs).toEqual([
        { code: 1, out: expect.stringContaining('the database lacks') },
        { code: 1, out: expect.stringContaining('the database lacks') },
        { code: 1, out: expect.stringContaining('usage: npm run audit:prove -- --seq <line number>') },
        { code: 1, out: expect.stringContaining("Unknown option '--witnes'") },
        { code: 1, out: expect.stringContaining('usage: npm run audit:prove -- --seq <line number>') },
      ]);
      for (const { out } of runs) expect(out).not.toMatch(/\n\s+at /);
    });
  });
});
