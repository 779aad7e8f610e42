import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { shutdownTracing, startTracing } from '../platform/tracing';
import { LIMB6024 } from '../seed/fixtures';
import { useTestDatabase } from './support/database';
import { useTestHub } from './support/hub';

const exporter = new InMemorySpanExporter();
beforeAll(() => startTracing({ serviceName: 'safe-home-hub-test', exporter }));
afterAll(() => shutdownTracing());

const hub = useTestHub();
const db = useTestDatabase();

const query = `query TracedDossier($code: String!, $person: ID!) {
  dossier(code: $code) { code persons { role person { id givenName familyName } } currentRiskLevel }
  person(id: $person) { familyName }
}`;

const isGatewaySpan = (span: ReadableSpan) => span.name === 'POST /graphql' && span.kind === SpanKind.SERVER;

/** The spans of the one request sent since the exporter was emptied, once its gateway span has ended. */
async function spansOfOneRequest(): Promise<{ gateway: ReadableSpan; trace: ReadableSpan[]; all: ReadableSpan[] }> {
  // The response can reach the caller a moment before the server's span ends: wait for it, boundedly.
  for (let turn = 0; turn < 200 && !exporter.getFinishedSpans().some(isGatewaySpan); turn += 1) await new Promise((done) => setTimeout(done, 5));
  const all = exporter.getFinishedSpans();
  const gateways = all.filter(isGatewaySpan);
  expect(gateways).toHaveLength(1);
  const gateway = gateways[0];
  return { gateway, trace: all.filter((span) => span.spanContext().traceId === gateway.spanContext().traceId), all };
}

const parentOf = (span: ReadableSpan, spans: ReadableSpan[]) => spans.find((candidate) => candidate.spanContext().spanId === span.parentSpanContext?.spanId);

function ancestorsOf(span: ReadableSpan, spans: ReadableSpan[]): ReadableSpan[] {
  const ancestors: ReadableSpan[] = [];
  for (let parent = parentOf(span, spans); parent && ancestors.length < spans.length; parent = parentOf(parent, spans)) ancestors.push(parent);
  return ancestors;
}

async function traceIdsLogged(operationName: string): Promise<string[]> {
  const rows: { traceId: string }[] = await db()('audit.disclosures').distinct('traceId').where({ operationName });
  return rows.map((row) => row.traceId);
}

describe('one trace per request, from the gateway through each subgraph fetch to its SQL', () => {
  beforeEach(() => exporter.reset());

  it('covers gateway → subgraph fetch → subgraph server → SQL, parented so, and the disclosure log names the trace', async () => {
    const response = await hub.query(query, { code: LIMB6024.code, person: LIMB6024.victimId });
    expect(response.body.errors).toBeUndefined();
    const { gateway, trace, all } = await spansOfOneRequest();
    expect(gateway.parentSpanContext).toBeUndefined();

    const fetches = trace.filter((span) => span.kind === SpanKind.CLIENT && span.name.startsWith('fetch '));
    const subgraphServers = trace.filter((span) => span.kind === SpanKind.SERVER && span.name.startsWith('subgraph '));
    const statements = trace.filter((span) => span.attributes['db.system'] === 'postgresql');
    expect(new Set(fetches.map((span) => span.attributes['safehome.subgraph']))).toEqual(new Set(['dossiers', 'persons', 'risk']));
    for (const fetch of fetches) expect(ancestorsOf(fetch, trace)).toContain(gateway);
    // Each subgraph's server span continues the traceparent its fetch sent.
    expect(subgraphServers).toHaveLength(fetches.length);
    for (const server of subgraphServers) {
      const fetch = parentOf(server, trace)!;
      expect(fetches).toContain(fetch);
      expect(server.name).toBe(`subgraph ${fetch.attributes['safehome.subgraph']}`);
    }
    // Every subgraph's SQL is in the trace, under its server span.
    for (const server of subgraphServers) expect(statements.some((statement) => ancestorsOf(statement, trace).includes(server))).toBe(true);
    for (const statement of statements) expect(ancestorsOf(statement, trace)).toContain(gateway);
    expect(statements.every((statement) => typeof statement.attributes['db.statement'] === 'string')).toBe(true);

    expect(await traceIdsLogged('TracedDossier')).toEqual([gateway.spanContext().traceId]);

    // No span holds a value the request bound or the response carried: they are personal data.
    const persons = response.body.data!.dossier.persons.map(({ person }: { person: Record<string, string> }) => person);
    const values = [LIMB6024.code, LIMB6024.victimId, ...persons.flatMap((person: Record<string, string>) => [person.id, person.givenName, person.familyName])];
    const attributeText = JSON.stringify(all.map((span) => [span.name, span.attributes, span.events]));
    for (const value of values) expect(attributeText).not.toContain(value);
  });

  it("continues the caller's traceparent", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpanId = '00f067aa0ba902b7';
    const response = await hub.query(query.replace('TracedDossier', 'TracedFromCaller'), { code: LIMB6024.code, person: LIMB6024.victimId }, undefined, {
      traceparent: `00-${traceId}-${callerSpanId}-01`,
    });
    expect(response.body.errors).toBeUndefined();
    const { gateway, trace, all } = await spansOfOneRequest();
    expect(gateway.spanContext().traceId).toBe(traceId);
    expect(gateway.parentSpanContext?.spanId).toBe(callerSpanId);
    expect(trace.filter((span) => span.name.startsWith('subgraph ')).length).toBeGreaterThan(0);
    expect(trace).toHaveLength(all.length);
    expect(await traceIdsLogged('TracedFromCaller')).toEqual([traceId]);
  });
});
