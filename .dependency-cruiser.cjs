/**
 * The hub's layers and what each may use (docs/ARCHITECTURE.md, "Layers"); `npm test` runs this
 * first (npm run lint:layers). From the bottom: policy/ (pure), platform/, audit-log/, then the
 * gateway and the subgraphs side by side; hub/ wires them together; seed/, scripts/, bench/ and
 * tests/ use them; identity/ (the development OpenID provider) stands beside the hub, started by
 * scripts/ and tests/; clients/ use only the API (and the policy as generated data, typed by policy/overview.ts).
 */
const above = (...layers) => `^(${layers.join('|')})/`;
const everythingAbovePlatform = ['audit-log', 'gateway', 'subgraphs', 'hub', 'identity', 'seed', 'scripts', 'bench', 'schema', 'clients', 'tests'];

module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'policy-is-pure',
      comment: 'policy/ is rules as data and their evaluation: no I/O and nothing of the hub around it, so it reads the same in a test, the gateway and a subgraph',
      severity: 'error',
      from: { path: '^policy/' },
      to: { pathNot: ['^policy/', '^node_modules/@casl/ability/', '^node_modules/lru-cache/'] },
    },
    {
      name: 'platform-knows-only-the-policy',
      comment: 'platform/ (logging, HTTP, database, keys, both halves of the actor token, scalars) serves every layer above it',
      severity: 'error',
      from: { path: '^platform/' },
      to: { path: above(...everythingAbovePlatform) },
    },
    {
      name: 'audit-log-on-the-platform',
      comment: 'audit-log/ (the chain and its writer) is used by the gateway and by mutations; it knows neither',
      severity: 'error',
      from: { path: '^audit-log/' },
      to: { path: above(...everythingAbovePlatform.filter((layer) => layer !== 'audit-log')) },
    },
    {
      name: 'gateway-knows-no-subgraph',
      comment: 'the gateway is built from a supergraph and a policy engine; it imports no subgraph, no seed and no composition root',
      severity: 'error',
      from: { path: '^gateway/' },
      to: { path: above('subgraphs', 'hub', 'identity', 'seed', 'scripts', 'bench', 'schema', 'clients', 'tests') },
    },
    {
      name: 'gateway-is-given-its-policy',
      comment: "the gateway asks an injected policy engine (gateway/policy-engine.ts; the hub's is hub/policy-engine.ts): of policy/ it may name only the Actor type, with `import type` from policy/actor.ts",
      severity: 'error',
      from: { path: '^gateway/' },
      to: { path: '^policy/', pathNot: '^policy/actor\\.ts$' },
    },
    {
      name: 'gateway-uses-only-the-actor-type',
      comment: 'policy/actor.ts also reads actors from claims: the gateway imports its Actor type only (`import type`), nothing it runs',
      severity: 'error',
      from: { path: '^gateway/' },
      to: { path: '^policy/actor\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'subgraphs-apart',
      comment: "a subgraph uses another only through the interface that one exports on purpose (its exports.ts)",
      severity: 'error',
      from: { path: '^subgraphs/([^/]+)/' },
      to: { path: '^subgraphs/[^/]+/', pathNot: ['^subgraphs/$1/', '^subgraphs/common/', '^subgraphs/[^/]+/exports\\.ts$'] },
    },
    {
      name: 'subgraphs-below-the-gateway',
      severity: 'error',
      from: { path: '^subgraphs/' },
      to: { path: above('gateway', 'hub', 'identity', 'seed', 'scripts', 'bench', 'schema', 'clients', 'tests') },
    },
    {
      name: 'identity-beside-the-hub',
      comment: 'the development identity provider knows the policy (roles, purposes), the platform, the synthetic seed (applications, staff, organisations) and which pages the hub has; nothing of the gateway, the subgraphs or the composition root',
      severity: 'error',
      from: { path: '^identity/' },
      to: { path: above('audit-log', 'gateway', 'subgraphs', 'hub', 'scripts', 'bench', 'schema', 'clients', 'tests'), pathNot: '^hub/page-clients\\.ts$' },
    },
    {
      name: 'identity-started-by-the-tools',
      comment: 'the hub trusts the identity provider only through its issuer and keys (AUTH_*): only the start scripts and the tests run it',
      severity: 'error',
      from: { pathNot: above('identity', 'scripts', 'tests') },
      to: { path: '^identity/' },
    },
    {
      name: 'seed-is-development-data',
      comment: 'only the composition root, the development identity provider, the tools and the tests load the synthetic seed',
      severity: 'error',
      from: { pathNot: above('hub', 'identity', 'seed', 'scripts', 'bench', 'tests') },
      to: { path: '^seed/' },
    },
    {
      name: 'nothing-runs-on-test-code',
      severity: 'error',
      from: { pathNot: above('tests', 'bench') },
      to: { path: above('tests', 'bench') },
    },
    {
      name: 'clients-use-only-the-api',
      comment: "partner applications and the pages are clients of the GraphQL API: they import none of the hub's code",
      severity: 'error',
      from: { path: '^clients/' },
      to: { path: above('platform', 'audit-log', 'policy', 'gateway', 'subgraphs', 'hub', 'identity', 'seed', 'scripts', 'bench', 'schema', 'tests'), pathNot: '^policy/(overview|labels)\\.ts$' },
    },
    {
      name: 'clients-name-only-the-policy-overview-types',
      comment: "the DPO's policy browser bundles the policy as data (clients/web/dpo/policy/policy.generated.json, written by npm run policy:matrix) and names its shape with `import type` from policy/overview.ts and policy/labels.ts: nothing of the hub runs in a page",
      severity: 'error',
      from: { path: '^clients/' },
      to: { path: '^policy/(overview|labels)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'production-runs-on-production-dependencies',
      comment: "the image installs `npm ci --omit=dev` (Dockerfile): nothing its processes load may need a dev dependency or a package the manifest does not name; tests, benchmarks, the development identity provider (never run from the image) and the web pages' sources (bundled at build) may",
      severity: 'error',
      from: { pathNot: above('tests', 'bench', 'identity', 'clients') },
      to: { dependencyTypes: ['npm-dev', 'npm-no-pkg', 'npm-unknown'], dependencyTypesNot: ['type-only'] },
    },
    { name: 'resolvable', comment: 'a relative import names a module that exists', severity: 'error', from: {}, to: { couldNotResolve: true, path: '^[.]' } },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^clients/generated/', '^clients/web/dist/'] },
  },
};
