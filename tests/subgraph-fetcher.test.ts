import express from 'express';
import { CircuitState } from 'cockatiel';
import { ClientDisconnectedError, RequestDeadlineError, withinRequest } from '../gateway/request-scope';
import { defaultResilience, subgraphBreaker } from '../gateway/subgraph-breaker';
import { createSubgraphFetcher, MAX_SUBGRAPH_RESPONSE_BYTES } from '../gateway/subgraph-fetcher';
import { listen, Listening } from '../platform/http';
import { eventually, hungSubgraph } from './support/hung-subgraph';

/** The gateway's fetcher for subgraph calls; through the gateway: tests/subgraph-access.test.ts and tests/faults.test.ts. */
const subgraphFetcher = createSubgraphFetcher(subgraphBreaker('test', defaultResilience), defaultResilience);

describe('the subgraph fetcher', () => {
  let subgraph: Listening;
  const received: { body: Buffer; headers: Record<string, unknown> }[] = [];
  beforeAll(async () => {
    const app = express();
    app.post('/graphql', express.raw({ type: () => true }), (req, res) => {
      received.push({ body: req.body, headers: req.headers });
      res.status(401).set('cache-control', 'private').append('x-seen', ['one', 'two']).json({ errors: [{ message: 'no' }] });
    });
    subgraph = await listen(app, 0);
  });
  afterAll(() => subgraph.close());

  it('sends the body byte for byte with the headers given, and reads the whole answer', async () => {
    const body = JSON.stringify({ query: '{ dossier(code: "LIMB6024") { code } }', variables: { name: 'Zoë' } });
    const response = await subgraphFetcher(`${subgraph.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer t' }, body });
    expect(received.at(-1)!.body.equals(Buffer.from(body))).toBe(true);
    expect(received.at(-1)!.headers).toMatchObject({ 'content-type': 'application/json', authorization: 'Bearer t' });
    expect([response.status, response.statusText, response.ok, response.url]).toEqual([401, 'Unauthorized', false, `${subgraph.url}/graphql`]);
    expect([response.headers.get('Cache-Control'), response.headers.get('x-seen')]).toEqual(['private', 'one, two']);
    expect(await response.clone().json()).toEqual({ errors: [{ message: 'no' }] });
    expect(await response.text()).toBe('{"errors":[{"message":"no"}]}');
  });

  it('fails a subgraph it cannot reach as the default fetcher did, which gateway/errors.ts reports as SUBGRAPH_UNAVAILABLE', async () => {
    const gone = await listen(express(), 0);
    await gone.close();
    await expect(subgraphFetcher(`${gone.url}/graphql`, { method: 'POST', body: '{}' })).rejects.toThrow(
      `request to ${gone.url}/graphql failed, reason: connect ECONNREFUSED 127.0.0.1:${gone.port}`,
    );
  });
});

describe('a subgraph whose answer is larger than the gateway reads', () => {
  it.each([
    ['says so in Content-Length', (res: express.Response, body: string) => void res.type('application/json').send(body)],
    ['streams it without a length', (res: express.Response, body: string) => void res.type('application/json').write(body, () => res.end())],
  ])('is given up on when it %s, as an unavailable subgraph', async (_how, answer) => {
    const app = express();
    app.post('/graphql', (_req, res) => answer(res, `{"data":{"padding":"${'x'.repeat(MAX_SUBGRAPH_RESPONSE_BYTES)}"}}`));
    const huge = await listen(app, 0);
    await expect(subgraphFetcher(`${huge.url}/graphql`, { method: 'POST', body: '{}' })).rejects.toThrow(`request to ${huge.url}/graphql failed, reason: Response`);
    await huge.close();
  });
});

describe('a subgraph that does not answer', () => {
  const resilience = { ...defaultResilience, fetchTimeoutMs: 200, breakAfterFailures: 3, halfOpenAfterMs: 300 };

  it('is given up on at the fetch timeout, and the fetch is cancelled', async () => {
    const hung = await hungSubgraph();
    const fetcher = createSubgraphFetcher(subgraphBreaker('hung', resilience), resilience);
    await expect(fetcher(`${hung.listening.url}/graphql`, { method: 'POST', body: '{}' })).rejects.toThrow(/failed, reason: no answer within 200 ms/);
    expect(await eventually(() => hung.fetches.abandoned === 1)).toBe(true);
    await hung.listening.close();
  });

  it("is given up on when the request's deadline passes or its client disconnects; a disconnect does not count against the subgraph", async () => {
    const hung = await hungSubgraph();
    const breaker = subgraphBreaker('hung', resilience);
    const fetcher = createSubgraphFetcher(breaker, { fetchTimeoutMs: 60_000 });
    const reasons = [new RequestDeadlineError(100), ...Array.from({ length: resilience.breakAfterFailures }, () => new ClientDisconnectedError()), new RequestDeadlineError(100)];
    for (const reason of reasons) {
      const request = new AbortController();
      const fetched = withinRequest(request.signal, () => fetcher(`${hung.listening.url}/graphql`, { method: 'POST', body: '{}' }));
      expect(await eventually(() => hung.fetches.received > hung.fetches.abandoned)).toBe(true);
      request.abort(reason);
      await expect(fetched).rejects.toThrow(`failed, reason: ${reason.message}`);
      expect(await eventually(() => hung.fetches.received === hung.fetches.abandoned)).toBe(true);
    }
    // Two deadlines in a row, with disconnects between them, are not yet the three failures in a row that open the circuit.
    expect(breaker.state).toBe(CircuitState.Closed);
    await hung.listening.close();
  });

  it('opens its circuit after repeated failures, refuses at once while open, and closes it after a successful probe', async () => {
    let answering = false;
    let received = 0;
    const app = express();
    app.post('/graphql', (_req, res) => {
      received += 1;
      if (answering) res.json({ data: {} });
      else res.status(502).json({ errors: [{ message: 'bad gateway' }] });
    });
    const flaky = await listen(app, 0);
    const breaker = subgraphBreaker('flaky', resilience);
    const fetcher = createSubgraphFetcher(breaker, resilience);
    const fetch = () => fetcher(`${flaky.url}/graphql`, { method: 'POST', body: '{}' });

    for (let i = 0; i < resilience.breakAfterFailures; i += 1) expect((await fetch()).status).toBe(502);
    expect(breaker.state).toBe(CircuitState.Open);
    await expect(fetch()).rejects.toThrow(/failed, reason: its circuit is open after repeated failures/);
    expect(received).toBe(resilience.breakAfterFailures);

    answering = true;
    await new Promise((resolve) => setTimeout(resolve, resilience.halfOpenAfterMs));
    expect((await fetch()).status).toBe(200);
    expect(breaker.state).toBe(CircuitState.Closed);
    await flaky.close();
  });

  it("keeps the circuit open when a half-open probe's client goes away: an abandoned probe proves nothing", async () => {
    let hang = false;
    const received: (() => void)[] = [];
    const app = express();
    app.post('/graphql', (_req, res) => {
      received.forEach((tell) => tell());
      if (!hang) res.status(503).json({ errors: [{ message: 'down' }] });
    });
    const down = await listen(app, 0);
    const breaker = subgraphBreaker('down', resilience);
    const fetcher = createSubgraphFetcher(breaker, { fetchTimeoutMs: 60_000 });
    for (let i = 0; i < resilience.breakAfterFailures; i += 1) await fetcher(`${down.url}/graphql`, { method: 'POST', body: '{}' });
    expect(breaker.state).toBe(CircuitState.Open);

    hang = true;
    await new Promise((resolve) => setTimeout(resolve, resilience.halfOpenAfterMs));
    const client = new AbortController();
    const probeReceived = new Promise<void>((resolve) => received.push(resolve));
    const probe = withinRequest(client.signal, () => fetcher(`${down.url}/graphql`, { method: 'POST', body: '{}' }));
    await probeReceived;
    client.abort(new ClientDisconnectedError());
    await expect(probe).rejects.toThrow('the probe was abandoned by its client');
    expect(breaker.state).toBe(CircuitState.Open);
    await down.close();
  });
});
