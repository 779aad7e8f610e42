import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Knex } from 'knex';
import { auditPublicKeys, auditSigner } from '../audit-log/audit-key';
import { createAuditLog } from '../audit-log/disclosure-log';
import { Disclosure, RequestLines } from '../audit-log/disclosure';
import { leafHashes } from '../audit-log/line-hash';
import { auditPath, leafHashOf, rootFromPath, treeRoot } from '../audit-log/merkle';
import { checkProof, proveLine } from '../audit-log/prove';
import { chainHash, ChainRoot, GENESIS, signedMessage } from '../audit-log/root-chain';
import { migrateAll } from '../hub/prepare-database';
import { subgraphNamed } from '../hub/subgraphs';
import { createDatabase } from '../platform/database';
import { firstChainLineHash } from '../subgraphs/audit/migrations/005-signed-batch-roots';
import { migrateSchema } from '../subgraphs/common/migrate';
import { logLine } from './support/audit';
import { useTestDatabase } from './support/database';
import { useTestHub } from './support/hub';
import { npmCommand } from './support/commands';
import { withScratchDatabase } from './support/database';

/** RFC 6962's definition of the tree hash, recursively, as the oracle for the bottom-up one. */
function rfc6962Root(leaves: Buffer[]): Buffer {
  if (leaves.length === 1) return leaves[0];
  const k = 2 ** Math.floor(Math.log2(leaves.length - 1));
  return createHash('sha256').update(Buffer.from([1])).update(rfc6962Root(leaves.slice(0, k))).update(rfc6962Root(leaves.slice(k))).digest();
}

describe('the hash tree of a batch', () => {
  it('is RFC 6962\'s, and every line\'s audit path leads to its root and no other line\'s does', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 70 }), fc.nat(), fc.string(), (contents, pick, other) => {
        const leaves = contents.map(leafHashOf);
        const root = treeRoot(leaves);
        expect(root).toEqual(rfc6962Root(leaves));
        const index = pick % leaves.length;
        const path = auditPath(leaves, index);
        expect(rootFromPath(leaves[index], index, leaves.length, path)).toEqual(root);
        if (other !== contents[index]) expect(rootFromPath(leafHashOf(other), index, leaves.length, path)).not.toEqual(root);
      }),
    );
  });
});

/** A request's lines about persons, as the gateway writes them. */
const requestLines = (request: string, persons: number): RequestLines => ({
  request: logLine(new Date(), request).request,
  lines: Array.from({ length: persons }, (_, i) => ({
    kind: 'SUBJECT', subjectType: 'Person', subjectId: `person-${i}`, outcome: 'DISCLOSED', denied: [],
    fields: [{ field: 'Person.givenName', category: 'IDENTITY', rules: ['safe-home-team-reads-own-region'], legalBasis: ['decree-2024-art-5'] }],
  })),
});

async function withLog(name: string, work: (db: Knex, url: string) => Promise<void>) {
  await withScratchDatabase(name, async (url) => {
    const db = createDatabase(url);
    try {
      await migrateAll(db);
      await work(db, url);
    } finally {
      await db.destroy();
    }
  });
}

/** What someone with write access to the database (and, maybe, the audit key) does: rewrites lines and recomputes every hash after them. */
async function rewriteWithRecomputedHashes(db: Knex, change: string, sign: (hash: string) => string) {
  await db.raw('ALTER TABLE audit.disclosures DISABLE TRIGGER USER');
  await db.raw('ALTER TABLE audit.chain_roots DISABLE TRIGGER USER');
  await db.raw(change);
  const roots: ChainRoot[] = await db('audit.chain_roots').orderBy('seq');
  let prevHash = GENESIS;
  for (const root of roots) {
    const lines = await db('audit.disclosures').whereBetween('seq', [root.firstSeq, root.lastSeq]).orderBy('seq');
    const leaves = leafHashes(lines);
    for (const [i, line] of lines.entries()) await db('audit.disclosures').where({ seq: line.seq }).update({ leafHash: leaves[i].toString('hex') });
    const facts = { ...root, root: treeRoot(leaves).toString('hex'), prevHash };
    const hash = chainHash(facts);
    if (hash !== root.hash) await db('audit.chain_roots').where({ seq: root.seq }).update({ root: facts.root, prevHash, hash, signature: sign(hash) });
    prevHash = hash;
  }
}

describe('the disclosure log under signed, chained roots', () => {
  it('seals each append as one batch under a signed root chained to the one before', async () => {
    await withLog('safehome_log_roots', async (db) => {
      const log = createAuditLog(db);
      await Promise.all([log.append(requestLines('r1', 50)), log.append(requestLines('r2', 3)), log.append(requestLines('r3', 1))]);
      await log.append(requestLines('r4', 7));
      const roots: ChainRoot[] = await db('audit.chain_roots').orderBy('seq');
      // Concurrent appends may share a batch (group commit); a request's lines are never split, and the batches follow each other.
      expect(roots.map((root) => root.seq)).toEqual(roots.map((_, i) => i + 1));
      expect(roots.map((root) => [root.firstSeq, root.lastSeq - root.firstSeq + 1 === root.lineCount])).toEqual(roots.map((_, i) => [i ? roots[i - 1].lastSeq + 1 : 1, true]));
      expect(roots[roots.length - 1]).toMatchObject({ firstSeq: 55, lastSeq: 61 });
      const batchOf = async (requestId: string) => new Set((await db('audit.disclosures').where({ requestId }).select('seq')).map(({ seq }) => roots.find((root) => root.firstSeq <= seq && seq <= root.lastSeq)!.seq));
      for (const request of ['r1', 'r2', 'r3', 'r4']) expect((await batchOf(request)).size).toBe(1);
      const keys = await auditPublicKeys();
      expect(roots.every((root) => keys.verify(root.keyId, signedMessage(root.hash), root.signature))).toBe(true);
      expect(roots[0].prevHash).toBe(GENESIS);
      expect(roots.slice(1).every((root, i) => root.prevHash === roots[i].hash)).toBe(true);
      expect(await log.verify()).toEqual({ intact: true, lines: 61, roots: roots.length });
    });
  });

  it('proves a line by its audit path to a signed root; a changed line has no proof', async () => {
    await withLog('safehome_log_proof', async (db) => {
      const log = createAuditLog(db);
      await log.append(requestLines('r1', 13));
      const keys = await auditPublicKeys();
      for (const seq of [1, 7, 13]) {
        const { line, proof } = (await proveLine(db, seq))!;
        expect(checkProof(line, proof, keys)).toBe(true);
        expect(checkProof({ ...line, organisationId: 'limburg-caw' }, proof, keys)).toBe(false);
        expect(checkProof(line, JSON.parse(JSON.stringify(proof)), keys)).toBe(true);
        expect(checkProof(line, { ...proof, leafIndex: (proof.leafIndex + 1) % 13 }, keys)).toBe(false);
      }
      expect(await proveLine(db, 14)).toBeNull();
    });
  });

  it('catches a table rewritten with recomputed hashes: by the signatures without the key, by the witnessed roots with it', async () => {
    await withLog('safehome_log_rewrite', async (db) => {
      const log = createAuditLog(db);
      for (const request of ['r1', 'r2', 'r3']) await log.append(requestLines(request, 4));
      const witness = [await log.head()].map((root) => ({ seq: root!.seq, hash: root!.hash }));
      await log.append(requestLines('r4', 4));
      expect(await log.verify(witness)).toEqual({ intact: true, lines: 16, roots: 4 });

      // Without the key: the recomputed roots keep their old signatures.
      await rewriteWithRecomputedHashes(db, `UPDATE audit.disclosures SET organisation_id = 'limburg-caw' WHERE seq = 6`, () => 'not-a-signature');
      expect(await log.verify()).toEqual({ intact: false, lines: 4, roots: 1, firstBroken: { seq: 5, reason: "its batch's root is not signed by a published audit key" } });

      // With the key too (stolen, or the hub itself made to sign): only a witness's copy tells.
      const signer = await auditSigner();
      await rewriteWithRecomputedHashes(db, `UPDATE audit.disclosures SET organisation_id = 'limburg-police-zone-2' WHERE seq = 6`, (hash) => signer.sign(signedMessage(hash)));
      expect(await log.verify()).toEqual({ intact: true, lines: 16, roots: 4 });
      expect(await log.verify(witness)).toEqual({ intact: false, lines: 8, roots: 2, firstBroken: { seq: 9, reason: 'the log no longer extends root 3 as a witness holds it' } });
    });
  });

  it('names a changed line, a removed line, a line under no root, a root removed and a forged purge', async () => {
    await withLog('safehome_log_tamper', async (db) => {
      const log = createAuditLog(db);
      for (const request of ['r1', 'r2', 'r3']) await log.append(requestLines(request, 3));
      const witness = [{ seq: 3, hash: (await log.head())!.hash }];
      await db.raw('ALTER TABLE audit.disclosures DISABLE TRIGGER USER');
      await db.raw('ALTER TABLE audit.chain_roots DISABLE TRIGGER USER');
      await db.raw('ALTER TABLE audit.chain_checkpoints DISABLE TRIGGER USER');
      const snapshot = async () => ({ lines: await db('audit.disclosures').orderBy('seq'), roots: await db('audit.chain_roots').orderBy('seq') });
      const original = await snapshot();
      const restore = async () => {
        await db('audit.disclosures').delete();
        await db('audit.chain_roots').delete();
        await db('audit.chain_checkpoints').delete();
        await db('audit.disclosures').insert(original.lines.map((line) => ({ ...line, fields: JSON.stringify(line.fields), denied: JSON.stringify(line.denied) })));
        await db('audit.chain_roots').insert(original.roots);
        expect(await log.verify(witness)).toMatchObject({ intact: true });
      };
      const cases: [string, string, object][] = [
        ['a changed line', `UPDATE audit.disclosures SET subject_id = 'person-9' WHERE seq = 5`, { seq: 5, reason: 'its content does not match its hash' }],
        ['a removed line', 'DELETE FROM audit.disclosures WHERE seq = 5', { seq: 4, reason: 'its batch holds 2 line(s) where its root sealed 3' }],
        ['a line under no root', `INSERT INTO audit.disclosures SELECT 10 AS seq, occurred_at, request_id, trace_id, actor_subject, organisation_id, role, purpose, operation_name, document_hash, kind, subject_type, subject_id, fields, denied, outcome, break_glass, justification, hidden_until, leaf_hash FROM audit.disclosures WHERE seq = 9`, { seq: 10, reason: 'it is sealed by no root of the chain' }],
        ['the last root removed', 'DELETE FROM audit.chain_roots WHERE seq = 3', { seq: 7, reason: 'it is sealed by no root of the chain' }],
        ['the last batch removed', 'DELETE FROM audit.chain_roots WHERE seq = 3; DELETE FROM audit.disclosures WHERE seq > 6', { seq: 7, reason: 'the log ends before root 3, which a witness holds' }],
        ['a deletion passed off as a purge', `DELETE FROM audit.disclosures WHERE seq <= 3; INSERT INTO audit.chain_checkpoints (seq, hash, root_seq, purged_lines, cutoff, key_id, signature) SELECT 3, hash, 1, 3, now(), key_id, signature FROM audit.chain_roots WHERE seq = 1`, { seq: 3, reason: 'the checkpoint of the purge before it is not signed by the audit key' }],
      ];
      for (const [, change, firstBroken] of cases) {
        await db.raw(change);
        expect(await log.verify(witness)).toMatchObject({ intact: false, firstBroken });
        await restore();
      }
    });
  });

  it('migrates a log of the first chain (one hash per line) into signed batches, and refuses a broken one', async () => {
    const auditSubgraph = subgraphNamed('audit');
    for (const broken of [false, true]) {
      await withScratchDatabase(`safehome_log_first_chain_${broken}`, async (url) => {
        const db = createDatabase(url);
        try {
          const firstChain = { ...auditSubgraph, migrations: auditSubgraph.migrations.slice(0, 4) };
          await migrateSchema(db, firstChain);
          let prevHash = GENESIS;
          const { request, lines } = requestLines('first', 2500);
          // Lines written before the log named the granting rules have fields without rules.
          const withoutRules = (own: (typeof lines)[number]) => ({ ...own, fields: own.fields.map(({ field, category, legalBasis }) => ({ field, category, legalBasis }) as Disclosure['fields'][number]) });
          const rows = lines.map((own, i): Disclosure => ({ ...request, ...(i < 1500 ? withoutRules(own) : own) })).map((line) => {
            const hash = firstChainLineHash(line, prevHash);
            const row = { ...line, fields: JSON.stringify(line.fields), denied: JSON.stringify(line.denied), prevHash, hash };
            prevHash = hash;
            return row;
          });
          for (let i = 0; i < rows.length; i += 500) await db('audit.disclosures').insert(rows.slice(i, i + 500));
          if (broken) {
            await db.raw('ALTER TABLE audit.disclosures DISABLE TRIGGER USER');
            await db.raw(`UPDATE audit.disclosures SET role = 'DPO' WHERE seq = 1700`);
            await expect(migrateSchema(db, auditSubgraph)).rejects.toThrow(/broken at line 1700/);
            return;
          }
          await migrateSchema(db, auditSubgraph);
          const roots: ChainRoot[] = await db('audit.chain_roots').orderBy('seq');
          expect(roots.map((root) => [root.firstSeq, root.lastSeq])).toEqual([[1, 1000], [1001, 2000], [2001, 2500]]);
          const log = createAuditLog(db);
          await log.append(requestLines('after', 2));
          expect(await log.verify()).toEqual({ intact: true, lines: 2502, roots: 4 });
          const { line, proof } = (await proveLine(db, 1234))!;
          expect(checkProof(line, proof, await auditPublicKeys())).toBe(true);
        } finally {
          await db.destroy();
        }
      });
    }
  });
});

describe('the commands a DPO or an operator runs', () => {
  const npm = npmCommand;

  it('export a witness root, verify against it, prove a line; and tell a rewrite', async () => {
    await withLog('safehome_log_commands', async (db, url) => {
      const log = createAuditLog(db);
      for (const request of ['r1', 'r2']) await log.append(requestLines(request, 5));
      const witness = join(mkdtempSync(join(tmpdir(), 'witness-')), 'roots.jsonl');
      expect(await npm(url, 'audit:export-roots', '--', '--out', witness)).toEqual({ code: 0, out: expect.stringContaining(`root 2 (lines up to 10) appended to ${witness}`) });
      expect(JSON.parse(readFileSync(witness, 'utf8'))).toMatchObject({ seq: 2, lastSeq: 10, hash: (await log.head())!.hash });
      expect(await npm(url, 'audit:verify', '--', '--witness', witness)).toEqual({ code: 0, out: expect.stringContaining('intact: 10 lines under 2 signed roots') });

      const proof = await npm(url, 'audit:prove', '--', '--seq', '7');
      expect(proof.code).toBe(0);
      expect(JSON.parse(proof.out)).toMatchObject({ line: { requestId: 'r2', subjectId: 'person-1' }, proof: { seq: 7, leafIndex: 1, root: { seq: 2 } }, holds: true });
      expect(await npm(url, 'audit:prove', '--', '--seq', '70')).toEqual({ code: 1, out: expect.stringContaining('there is no line 70') });

      const signer = await auditSigner();
      await rewriteWithRecomputedHashes(db, `UPDATE audit.disclosures SET purpose = 'STATISTICS' WHERE seq = 2`, (hash) => signer.sign(signedMessage(hash)));
      expect(await npm(url, 'audit:verify')).toMatchObject({ code: 0 });
      expect(await npm(url, 'audit:verify', '--', '--witness', witness)).toEqual({ code: 2, out: expect.stringContaining('BROKEN at line 6: the log no longer extends root 2 as a witness holds it') });
    });
  });

  it('refuse, with what to do, a database this version of the hub has not migrated', async () => {
    await withScratchDatabase('safehome_log_unmigrated', async (url) => {
      for (const command of ['audit:verify', 'audit:export-roots', 'audit:retention']) {
        const { code, out } = await npm(url, command);
        expect({ command, code, out }).toEqual({ command, code: 1, out: expect.stringMatching(/^the database lacks \d+ migration\(s\) of this version of the hub \(dossiers\/001-case-files, .*\): run npm run migrate, or start the hub once\n$/) });
      }
    });
  });
});

describe('the audit key', () => {
  const { hub, query } = useTestHub();
  const db = useTestDatabase();

  it('is published, public part only, and it signs the roots of what the hub discloses', async () => {
    await query('{ dossier(code: "LIMB6024") { code } }');
    const response = await fetch(`${hub().gateway.url}/.well-known/audit-keys.json`);
    expect(response.status).toBe(200);
    const jwks = (await response.json()) as { keys: Record<string, string>[] };
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', x: expect.any(String), kid: expect.any(String) })]);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const head: ChainRoot = await db()('audit.chain_roots').orderBy('seq', 'desc').first();
    expect(head.keyId).toBe(jwks.keys[0].kid);
  });
});

describe('what a line stores', () => {
  it('is what its hash covers: a key of its own in a field entry is not written, and the log verifies', async () => {
    await withLog('safehome_log_stored', async (db) => {
      const log = createAuditLog(db);
      const entry = requestLines('r1', 2);
      const withExtra = { ...entry, lines: entry.lines.map((line) => ({ ...line, fields: line.fields.map((field) => ({ ...field, note: 'not hashed' })), denied: [{ field: 'Person.phone', reason: 'refused', extra: 1 }] })) };
      await log.append(withExtra as RequestLines);
      const stored = await db('audit.disclosures').orderBy('seq').select('fields', 'denied');
      expect(stored).toEqual(entry.lines.map((line) => ({ fields: line.fields, denied: [{ field: 'Person.phone', reason: 'refused' }] })));
      expect(await log.verify()).toEqual({ intact: true, lines: 2, roots: 1 });
    });
  });

  it("is each line's own, however many lines of a request share field sets and however alike the sets are", async () => {
    await withLog('safehome_log_shared_sets', async (db) => {
      const entry = (field: string, category: string, rules: string[] | undefined) => ({ field, category, rules: rules as string[], legalBasis: ['decree-2024-art-5'] });
      const sets: RequestLines['lines'][number]['fields'][] = [
        [entry('Person.givenName', 'IDENTITY', ['a'])],
        [entry('Person.givenName', 'IDENTITY', [])],
        [entry('Person.givenName', 'IDENTITY', undefined)],
        [entry('Person.givenName', 'IDENTITY', ['a', 'b'])],
        [entry('Person.givenName', 'IDENTITY', ['b', 'a'])],
        [{ legalBasis: ['decree-2024-art-5'], rules: ['a'], category: 'IDENTITY', field: 'Person.givenName' }],
        [entry('Person.givenName', 'IDENTITY', ['a']), entry('Person.givenName', 'IDENTITY', ['a'])],
        [entry('InfoItem.content', 'HEALTH|"quoted" \\u0000 \u2028 Zoë 🧒🏽 e\u0301', ['a'])],
        [entry('InfoItem.content', 'HEALTH|"quoted" \\u0000 \u2028 Zoë 🧒🏽 é', ['a'])],
        [],
      ];
      const request = requestLines('r1', 10_000);
      const lines = request.lines.map((line, i) => ({ ...line, fields: sets[i % sets.length] }));
      const log = createAuditLog(db);
      await log.append({ ...request, lines });
      const stored: { fields: unknown }[] = await db('audit.disclosures').orderBy('seq').select('fields');
      // JSON sorts no array and keeps rules absent where they were: only jsonb's key order differs.
      expect(stored.map(({ fields }) => fields)).toEqual(lines.map((line) => line.fields.map((field) => JSON.parse(JSON.stringify(field)))));
      expect(await log.verify()).toEqual({ intact: true, lines: 10_000, roots: 1 });
    });
  });
});
