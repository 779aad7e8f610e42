import { Listening } from '../platform/http';
import { startMetricsServer } from '../platform/metrics-server';
import { countRateLimited, setCircuitState } from '../platform/metrics';
import { Purpose, Role } from '../policy';
import { LIMB6024 } from '../seed/fixtures';
import { actor, limburgPolice, postGraphQL, useTestHub } from './support/hub';

const hub = useTestHub();
let metrics: Listening;
beforeAll(async () => {
  metrics = (await startMetricsServer('0'))!;
});
afterAll(() => metrics?.close());

/** The samples of one scrape: each series (name and labels) with its value. */
async function scrape(): Promise<{ text: string; value(series: string): number | undefined }> {
  const response = await fetch(`${metrics.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  const text = await response.text();
  const samples = new Map(text.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => [line.slice(0, line.lastIndexOf(' ')), Number(line.slice(line.lastIndexOf(' ') + 1))]));
  return { text, value: (series) => samples.get(series) };
}

const justiceHouse = () => actor('limburg-justice-house', Role.JUSTICE_ASSISTANT, Purpose.CASE_CONSULTATION);

describe('the metrics endpoint', () => {
  it('is off with METRICS_PORT=off, and refuses a port that is not one', async () => {
    expect(await startMetricsServer('off')).toBeNull();
    await expect(startMetricsServer('metrics')).rejects.toThrow('METRICS_PORT');
  });

  it('counts requests by operation, organisation type and outcome, FORBIDDEN fields by reason, subgraph fetches, the disclosure log and the pools; no label names an organisation, a person or a record', async () => {
    const before = await scrape();
    const ok = await hub.query('query DossierWithPersonsAndRisk($code: String!) { dossier(code: $code) { code persons { person { id } } } }', { code: LIMB6024.code }, limburgPolice());
    expect(ok.body.errors).toBeUndefined();
    const partial = await hub.query('query CaseFile { dossier(code: "LIMB6024") { code currentRiskLevel } }', undefined, justiceHouse());
    expect(partial.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await postGraphQL(hub.hub().gateway.graphqlUrl, { query: '{ __typename }' })).status).toBe(401);
    setCircuitState('risk', 'open');
    countRateLimited('POLICE', 'rate');

    const after = await scrape();
    const increase = (series: string) => (after.value(series) ?? 0) - (before.value(series) ?? 0);
    expect(increase('safehome_gateway_requests_total{operation="DossierWithPersonsAndRisk",organisation_type="POLICE",outcome="ok"}')).toBe(1);
    expect(increase('safehome_gateway_requests_total{operation="CaseFile",organisation_type="JUSTICE_HOUSE",outcome="forbidden-partial"}')).toBe(1);
    expect(increase('safehome_gateway_requests_total{operation="none",organisation_type="none",outcome="unauthenticated"}')).toBe(1);
    expect(increase('safehome_gateway_request_duration_seconds_count{operation="DossierWithPersonsAndRisk",outcome="ok"}')).toBe(1);
    expect(increase('safehome_forbidden_fields_total{field="Dossier.currentRiskLevel",reason="record_conditions"}')).toBe(1);
    for (const subgraph of ['dossiers', 'persons']) expect(increase(`safehome_subgraph_fetch_duration_seconds_count{subgraph="${subgraph}"}`)).toBeGreaterThanOrEqual(1);
    expect(after.value('safehome_subgraph_circuit_state{subgraph="risk"}')).toBe(2);
    expect(increase('safehome_rate_limited_total{organisation_type="POLICE",limit="rate"}')).toBe(1);
    expect(increase('safehome_disclosure_log_append_duration_seconds_count')).toBe(2);
    expect(increase('safehome_disclosure_log_batch_lines_sum')).toBe(5 + 1);
    expect(after.value('safehome_disclosure_log_queue_depth')).toBe(0);
    expect(after.value('safehome_disclosure_log_append_failures_total')).toBe(0);
    for (const pool of ['gateway', 'dossiers', 'persons', 'risk', 'statistics', 'audit']) {
      expect(after.value(`safehome_db_pool_connections{pool="${pool}",state="pending"}`)).toBe(0);
      expect(after.value(`safehome_db_pool_connections{pool="${pool}",state="free"}`)).toBeGreaterThanOrEqual(0);
    }
    expect(after.value('safehome_db_pool_connections{pool="dossiers",state="free"}')).toBeGreaterThanOrEqual(1);
    expect(after.text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(after.text).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);

    for (const value of ['limburg-police', 'limburg-justice-house', LIMB6024.code, LIMB6024.id, LIMB6024.victimId, 'test-user@']) expect(after.text).not.toContain(value);
  });

  it('names only published operations (clients/operations); any other name, which the client chose and could say anything, is "other"', async () => {
    const invented = ['Invented1', 'WhereIsSaarPeeters', 'Invented2'];
    for (const name of invented) expect((await hub.query(`query ${name} { __typename }`)).status).toBe(200);
    const { text, value } = await scrape();
    for (const name of invented) expect(text).not.toContain(name);
    expect(value('safehome_gateway_requests_total{operation="other",organisation_type="POLICE",outcome="ok"}')).toBeGreaterThanOrEqual(invented.length);
  });
});

describe('the outcome of a request', () => {
  /** Requests counted with this outcome, over every operation and organisation type. */
  const requestsWith = (text: string, outcome: string) =>
    [...text.matchAll(new RegExp(`^safehome_gateway_requests_total\\{[^}]*outcome="${outcome}"\\} (\\d+)$`, 'gm'))].reduce((sum, match) => sum + Number(match[1]), 0);

  it("tells the caller's mistakes (rejected) from the hub's failures (error)", async () => {
    const before = await scrape();
    expect((await hub.query('{ dossier(code: "LIMB6024") { noSuchField } }')).status).toBe(400);
    expect((await hub.query('query Bad($first: Int!) { dossiers(first: $first) { nodes { code } } }', { first: 100_000 })).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const after = await scrape();
    expect(requestsWith(after.text, 'rejected') - requestsWith(before.text, 'rejected')).toBe(2);
    expect(requestsWith(after.text, 'error')).toBe(requestsWith(before.text, 'error'));
  });
});
