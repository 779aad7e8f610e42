import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { subgraphs } from '../hub/subgraphs';
import { deployDirectory, loadManifests, Manifest, podTemplateOf, schemaErrors, selects } from './support/kubernetes-manifests';

/**
 * The Kubernetes manifests under deploy/: valid against the API's schemas (no cluster here), and saying what
 * the hub needs: probes on the paths and ports the processes serve, non-root containers with resources,
 * at least two gateways, a subgraph only the gateway reaches, PostgreSQL only the hub's pods reach.
 */
const manifests = loadManifests();
const ofKind = (kind: string) => manifests.filter((manifest) => manifest.kind === kind);
const named = (kind: string, name: string) => ofKind(kind).find((manifest) => manifest.metadata.name === name);
const config = named('ConfigMap', 'hub-config')!.data as Record<string, string>;
const workloads = manifests.filter((manifest) => podTemplateOf(manifest));
const deployments = ofKind('Deployment');
const networkPolicies = ofKind('NetworkPolicy');
const podLabels = (workload: Manifest) => podTemplateOf(workload)!.metadata.labels;
const containersOf = (workload: Manifest): any[] => podTemplateOf(workload)!.spec.containers;
/** The paths every hub process serves on its main port (gateway/create-gateway.ts, subgraphs/common/server.ts). */
const health = { live: '/health/live', ready: '/health/ready' };

test('every document is a Kubernetes object its schema accepts: known kind, no unknown field, right types', () => {
  const objects = manifests.filter((manifest) => manifest.kind !== 'Kustomization');
  expect(objects.length).toBeGreaterThan(20);
  expect(schemaErrors(objects)).toEqual([]);
});

test('the schema check refuses an unknown kind, an unknown field, a wrong type and a missing required field', () => {
  const gateway = named('Deployment', 'gateway')!;
  const broken = (change: (copy: any) => void) => {
    const copy = structuredClone(gateway);
    change(copy);
    return schemaErrors([copy]);
  };
  expect(schemaErrors([{ ...gateway, kind: 'Deploymint' }])).toEqual([expect.stringContaining('no such kind')]);
  expect(broken((copy) => (copy.spec.replicaz = 2)).join()).toMatch(/replicaz/);
  expect(broken((copy) => (copy.spec.template.spec.containers[0].imagePullPolice = 'Always')).join()).toMatch(/imagePullPolice/);
  expect(broken((copy) => (copy.spec.template.spec.containers[0].ports[0].containerPort = '8080')).join()).toMatch(/containerPort/);
  expect(broken((copy) => delete copy.spec.selector).join()).toMatch(/selector/);
});

test('the kustomization lists every manifest file but the migration Job, which runs on its own first, and the Secrets\' templates, which would overwrite the real ones', () => {
  const kustomization = ofKind('Kustomization')[0];
  const files = [...new Set(manifests.filter((manifest) => manifest.kind !== 'Kustomization').map((manifest) => manifest.file.replace(/^kubernetes\//, '')))];
  expect([...kustomization.resources].sort()).toEqual(files.filter((file) => !['migrate-job.yaml', 'secrets.yaml'].includes(file)).sort());
  for (const file of kustomization.resources) expect(existsSync(join(deployDirectory, 'kubernetes', file))).toBe(true);
});

test('every container runs as non-root, cannot escalate, has a read-only root and requests and limits CPU and memory', () => {
  expect(workloads.length).toBeGreaterThanOrEqual(10);
  for (const workload of workloads) {
    const pod = podTemplateOf(workload)!.spec;
    for (const container of containersOf(workload)) {
      const security = { ...pod.securityContext, ...container.securityContext };
      const where = `${workload.file} ${container.name}`;
      expect([where, security.runAsNonRoot, security.runAsUser > 0]).toEqual([where, true, true]);
      expect([where, security.allowPrivilegeEscalation, security.readOnlyRootFilesystem, security.capabilities?.drop]).toEqual([where, false, true, ['ALL']]);
      for (const bound of ['requests', 'limits']) expect([where, bound, Object.keys(container.resources?.[bound] ?? {}).sort()]).toEqual([where, bound, ['cpu', 'memory']]);
    }
  }
});

test('every long-running container is probed on the paths and the port the hub serves, and exposes metrics on METRICS_PORT, on the pod address', () => {
  // The metrics server listens on 127.0.0.1 unless told otherwise: in a pod, Prometheus could not reach it.
  expect(config.METRICS_HOST).toBe('0.0.0.0');
  for (const deployment of deployments) {
    for (const container of containersOf(deployment)) {
      const portNamed = (name: string) => container.ports.find((port: any) => port.name === name)?.containerPort;
      const where = `${deployment.file} ${container.name}`;
      expect([where, container.livenessProbe?.httpGet?.path, container.readinessProbe?.httpGet?.path]).toEqual([where, health.live, health.ready]);
      for (const probe of [container.livenessProbe, container.readinessProbe, container.startupProbe]) {
        expect([where, portNamed(probe.httpGet.port)]).toEqual([where, Number(config.PORT)]);
      }
      expect([where, portNamed('metrics')]).toEqual([where, Number(config.METRICS_PORT)]);
    }
  }
  // The metrics server listens on METRICS_HOST (default the loopback, which Prometheus in another pod cannot reach).
  expect(config.METRICS_HOST).toBe('0.0.0.0');
});

test('a stopping pod has time to finish its requests: preStop wait plus SHUTDOWN_GRACE_MS fit in terminationGracePeriodSeconds', () => {
  for (const deployment of deployments) {
    const pod = podTemplateOf(deployment)!.spec;
    for (const container of containersOf(deployment)) {
      const [command, seconds] = container.lifecycle.preStop.exec.command;
      expect(command).toBe('sleep');
      expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(Number(seconds) * 1000 + Number(config.SHUTDOWN_GRACE_MS));
    }
  }
});

test('at least two gateways, kept by the autoscaler and the disruption budget; production settings, no development issuer', () => {
  const gateway = named('Deployment', 'gateway')!;
  expect(gateway.spec.replicas).toBeGreaterThanOrEqual(2);
  const autoscaler = ofKind('HorizontalPodAutoscaler').find((hpa) => hpa.spec.scaleTargetRef.name === 'gateway')!;
  expect(autoscaler.spec.minReplicas).toBeGreaterThanOrEqual(2);
  expect(ofKind('PodDisruptionBudget').some((budget) => selects(budget.spec.selector, podLabels(gateway)) && budget.spec.minAvailable >= 1)).toBe(true);
  expect(config.NODE_ENV).toBe('production');
  expect(config.AUTH_JWKS_URL).toMatch(/^https:\/\//);
  expect(named('Service', 'gateway')!.spec.selector).toEqual(gateway.spec.selector.matchLabels);
});

test("every subgraph of the hub has its Deployment, its Service and the gateway's SUBGRAPH_<NAME>_URL pointing at that Service", () => {
  for (const { name } of subgraphs) {
    const deployment = named('Deployment', `subgraph-${name}`)!;
    expect(containersOf(deployment)[0].args).toEqual(['subgraph', name]);
    const service = named('Service', `subgraph-${name}`)!;
    expect(selects({ matchLabels: service.spec.selector }, podLabels(deployment))).toBe(true);
    expect(config[`SUBGRAPH_${name.toUpperCase()}_URL`]).toBe(`http://${service.metadata.name}:${service.spec.ports[0].port}/graphql`);
  }
  expect(ofKind('Deployment').length).toBe(subgraphs.length + 1);
});

test('the secrets are templates: every value a placeholder', () => {
  for (const secret of ofKind('Secret')) {
    expect(secret.data).toBeUndefined();
    for (const value of Object.values(secret.stringData as Record<string, string>)) expect(value).toMatch(/REPLACE-ME/);
  }
});

describe('network policies', () => {
  const selecting = (workload: Manifest, type: 'Ingress' | 'Egress') =>
    networkPolicies.filter((policy) => policy.spec.policyTypes.includes(type) && selects(policy.spec.podSelector, podLabels(workload)));
  /** Where a workload's pods may be reached from on one of their named ports. */
  const sourcesOn = (workload: Manifest, portName: string): any[] =>
    selecting(workload, 'Ingress').flatMap((policy) =>
      (policy.spec.ingress ?? []).filter((rule: any) => rule.ports?.some((port: any) => port.port === portName)).flatMap((rule: any) => rule.from),
    );
  const gateway = named('Deployment', 'gateway')!;

  test('deny everything not allowed, in both directions, for every pod; each Deployment is let in by a policy of its own', () => {
    const denyAll = networkPolicies.find((policy) => Object.keys(policy.spec.podSelector).length === 0 && !policy.spec.ingress && !policy.spec.egress);
    expect(denyAll?.spec.policyTypes.sort()).toEqual(['Egress', 'Ingress']);
    for (const deployment of deployments) {
      expect([deployment.metadata.name, sourcesOn(deployment, 'http').length > 0]).toEqual([deployment.metadata.name, true]);
    }
  });

  test("a subgraph's port is reached from the gateway's pods only; the gateway's from the ingress controller", () => {
    for (const deployment of deployments) {
      const sources = sourcesOn(deployment, 'http');
      if (deployment === gateway) {
        expect(sources).toEqual([{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }]);
      } else {
        expect(sources.length).toBeGreaterThan(0);
        for (const source of sources) expect([deployment.metadata.name, Object.keys(source), selects(source.podSelector, podLabels(gateway))]).toEqual([deployment.metadata.name, ['podSelector'], true]);
      }
    }
  });

  test('PostgreSQL is reached by the hub pods that use it, and nothing else in the namespace; Redis by the gateway', () => {
    const egressOn = (workload: Manifest, port: number) =>
      selecting(workload, 'Egress').some((policy) => policy.spec.egress?.some((rule: any) => rule.ports?.some((allowed: any) => allowed.port === port)));
    const databaseEgress = networkPolicies.filter((policy) => policy.spec.egress?.some((rule: any) => rule.ports?.some((port: any) => port.port === 5432)));
    expect(databaseEgress.map((policy) => policy.spec.podSelector)).toEqual([{ matchLabels: { 'safe-home-hub/database-client': 'true' } }]);
    for (const workload of workloads) expect([workload.metadata.name, egressOn(workload, 5432)]).toEqual([workload.metadata.name, true]);
    expect(egressOn(gateway, 6379)).toBe(true);
    for (const subgraph of deployments.filter((deployment) => deployment !== gateway)) expect(egressOn(subgraph, 6379)).toBe(false);
  });

  test('the monitoring namespace may scrape the metrics port of every hub pod', () => {
    for (const deployment of deployments) {
      const scraped = sourcesOn(deployment, 'metrics').some((peer) => peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'monitoring');
      expect([deployment.metadata.name, scraped]).toEqual([deployment.metadata.name, true]);
    }
  });
});
