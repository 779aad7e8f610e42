import express from 'express';
import { subgraphFetcher } from '../gateway/subgraph-fetcher';
import { listen, Listening } from '../platform/http';

/** The gateway's fetcher for subgraph calls; through the gateway: tests/subgraph-access.test.ts and tests/faults.test.ts. */
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
