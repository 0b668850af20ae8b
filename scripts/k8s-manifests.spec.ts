import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/**
 * deploy/k8s rendered without kubectl: a loader for the part of Kustomize the manifests use, every
 * object checked against the Kubernetes schemas (kubernetes-models), then against what Lane needs
 * from them (probes on declared ports, the production settings from a ConfigMap or a Secret,
 * selectors that select something).
 */

const ROOT = join(__dirname, '..');
const K8S = join(ROOT, 'deploy/k8s');

type Labels = Record<string, string>;
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Labels; annotations?: Labels };
  [field: string]: unknown;
}
type Port = number | string;
interface Probe {
  httpGet?: { path?: string; port: Port };
  tcpSocket?: { port: Port };
  grpc?: { port: number };
  exec?: { command: string[] };
}
interface SecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  readOnlyRootFilesystem?: boolean;
  allowPrivilegeEscalation?: boolean;
  capabilities?: { drop?: string[] };
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  lifecycle?: { preStop?: { exec?: { command: string[] } } };
  resources?: { requests?: Labels; limits?: Labels };
  securityContext?: SecurityContext;
  volumeMounts?: { name: string; mountPath: string }[];
}
interface PodTemplate {
  metadata?: { labels?: Labels; annotations?: Labels };
  spec: {
    containers: Container[];
    initContainers?: Container[];
    securityContext?: SecurityContext;
    volumes?: { name: string; emptyDir?: object }[];
    terminationGracePeriodSeconds?: number;
  };
}
interface Workload extends K8sObject {
  spec: { replicas?: number; selector?: { matchLabels?: Labels }; template: PodTemplate };
}
interface Service extends K8sObject {
  spec: { selector?: Labels; ports: { name?: string; port: number; targetPort?: Port }[] };
}
interface Autoscaler extends K8sObject {
  spec: { scaleTargetRef: { kind: string; name: string }; minReplicas?: number; maxReplicas: number; metrics?: { type: string; resource?: { name: string } }[] };
}
interface Ingress extends K8sObject {
  spec: {
    tls?: { hosts?: string[]; secretName?: string }[];
    rules: { host?: string; http: { paths: { backend: { service?: { name: string; port: { name?: string; number?: number } } } }[] } }[];
  };
}
type DataObject = K8sObject & { data?: Labels };

// ---- the loader ------------------------------------------------------------------------------

interface Generator {
  name: string;
  behavior?: 'create' | 'merge' | 'replace';
  literals?: string[];
  envs?: string[];
  options?: { labels?: Labels };
}
interface Kustomization {
  resources?: string[];
  namespace?: string;
  images?: { name: string; newName?: string; newTag?: string }[];
  patches?: { path: string }[];
  configMapGenerator?: Generator[];
  secretGenerator?: Generator[];
}

/** A field the loader does not apply would make it render something kustomize does not: refuse it. */
const APPLIED_FIELDS = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'patches', 'configMapGenerator', 'secretGenerator']);

function readObjects(file: string): K8sObject[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).flatMap((doc) => {
    if (doc.errors.length) throw new Error(`${relative(ROOT, file)}: ${doc.errors[0].message}`);
    const value = doc.toJS() as K8sObject | null;
    return value ? [value] : [];
  });
}

/** KEY=VALUE lines; blank lines and # comments skipped, as kustomize reads an env file. */
function readEnvFile(file: string): Labels {
  const pairs = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
  return Object.fromEntries(pairs);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNamed = (v: unknown): v is { name: string } => isObject(v) && typeof v.name === 'string';

/**
 * A strategic merge patch as far as these manifests need one: maps merge, lists of named items
 * (containers, env, ports, volumes) merge by name, other lists and scalars are replaced.
 */
function strategicMerge(base: unknown, patch: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(patch) && [...base, ...patch].every(isNamed)) {
    const merged = base.map((item) => {
      const over = patch.find((p) => p.name === item.name);
      return over ? strategicMerge(item, over) : item;
    });
    return [...merged, ...patch.filter((p) => !base.some((item) => item.name === p.name))];
  }
  if (isObject(base) && isObject(patch)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(patch)) merged[key] = key in base ? strategicMerge(base[key], value) : value;
    return merged;
  }
  return patch;
}

const workloadsOf = (objects: K8sObject[]) => objects.filter((o): o is Workload => o.kind === 'Deployment' || o.kind === 'Job');
const containersOf = (w: Workload) => [...(w.spec.template.spec.initContainers ?? []), ...w.spec.template.spec.containers];
const find = (objects: K8sObject[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const imageName = (image: string) => image.replace(/[:@][^/]*$/, '');

/**
 * A secretGenerator's file is git-ignored and absent from a checkout, so the loader reads the keys
 * of its committed `<file>.example` (never the real file's values). Generated names keep no hash
 * suffix: kustomize adds one and rewrites every reference alike.
 */
function generate(objects: K8sObject[], kind: 'ConfigMap' | 'Secret', generator: Generator, dir: string): K8sObject[] {
  const files = (generator.envs ?? []).map((file) => join(dir, kind === 'Secret' ? `${file}.example` : file));
  const data: Labels = Object.assign({}, ...files.map(readEnvFile), Object.fromEntries((generator.literals ?? []).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])));
  const existing = find(objects, kind, generator.name) as DataObject | undefined;
  const behavior = generator.behavior ?? 'create';
  if (behavior === 'create') {
    if (existing) throw new Error(`${kind} ${generator.name} is generated twice`);
    return [...objects, { apiVersion: 'v1', kind, metadata: { name: generator.name, labels: generator.options?.labels }, data }];
  }
  if (!existing) throw new Error(`${kind} ${generator.name}: nothing to ${behavior}`);
  existing.data = behavior === 'merge' ? { ...existing.data, ...data } : data;
  existing.metadata.labels = { ...existing.metadata.labels, ...generator.options?.labels };
  return objects;
}

function render(dir: string): K8sObject[] {
  const kustomization = parse(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')) as Kustomization;
  const unknown = Object.keys(kustomization).filter((field) => !APPLIED_FIELDS.has(field));
  if (unknown.length) throw new Error(`${relative(ROOT, dir)}/kustomization.yaml: the test's loader does not apply ${unknown.join(', ')}`);
  let objects = (kustomization.resources ?? []).flatMap((r) => (statSync(join(dir, r)).isDirectory() ? render(join(dir, r)) : readObjects(join(dir, r))));
  for (const g of kustomization.configMapGenerator ?? []) objects = generate(objects, 'ConfigMap', g, dir);
  for (const g of kustomization.secretGenerator ?? []) objects = generate(objects, 'Secret', g, dir);
  for (const { path } of kustomization.patches ?? []) {
    // kustomize reads a patch file as exactly one object.
    const patches = readObjects(join(dir, path));
    if (patches.length !== 1) throw new Error(`${path}: a patch file holds one object, not ${patches.length}`);
    const [patch] = patches;
    if (JSON.stringify(patch).includes('"$patch"')) throw new Error(`${path}: $patch directives are not applied by the test's loader`);
    const i = objects.findIndex((o) => o.kind === patch.kind && o.metadata.name === patch.metadata.name);
    if (i < 0) throw new Error(`${path}: no ${patch.kind} ${patch.metadata.name} to patch`);
    objects[i] = strategicMerge(objects[i], patch) as K8sObject;
  }
  for (const image of kustomization.images ?? []) {
    for (const container of workloadsOf(objects).flatMap(containersOf)) {
      if (imageName(container.image) === image.name) container.image = `${image.newName ?? image.name}:${image.newTag ?? 'latest'}`;
    }
  }
  if (kustomization.namespace) for (const o of objects) if (o.kind !== 'Namespace') o.metadata.namespace = kustomization.namespace;
  return objects;
}

// ---- the schemas -----------------------------------------------------------------------------

/**
 * kubernetes-models is ES modules whose package exports answer only `import`, which Jest's
 * CommonJS resolver never asks for; a child Node process loads it natively instead. The class is
 * picked by apiVersion and kind (a kind it does not know is a problem, as is a schema error).
 */
const VALIDATE = `
import { readFileSync } from 'node:fs';
const problems = [];
for (const object of JSON.parse(readFileSync(0, 'utf8'))) {
  const where = object.kind + '/' + object.metadata?.name;
  const models = await import('kubernetes-models/' + object.apiVersion).catch(() => null);
  const Model = models?.[object.kind];
  if (!Model || Model.kind !== object.kind || Model.apiVersion !== object.apiVersion) {
    problems.push(where + ': no Kubernetes kind ' + object.kind + ' in ' + object.apiVersion);
    continue;
  }
  try {
    new Model(object).validate();
  } catch (error) {
    problems.push(where + ': ' + error.message);
  }
}
process.stdout.write(JSON.stringify(problems));
`;

function schemaProblems(objects: K8sObject[]): string[] {
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', VALIDATE], { cwd: ROOT, input: JSON.stringify(objects), encoding: 'utf8' })) as string[];
}

// ---- what Lane needs -------------------------------------------------------------------------

const LOAD_CONFIG = readFileSync(join(ROOT, 'libs/server/core/src/config/load-config.ts'), 'utf8');
/** What load-config refuses to start without in production ("X is required in production"). */
const REQUIRED_IN_PRODUCTION = [...LOAD_CONFIG.matchAll(/'([A-Z][A-Z0-9_]*) is required in production/g)].map(([, name]) => name);
/** What load-config holds to a secret's strength in production. */
const STRONG_SECRETS = [...LOAD_CONFIG.matchAll(/checkStrongSecret\('([A-Z][A-Z0-9_]*)'/g)].map(([, name]) => name);
/**
 * Needed in a cluster though load-config has defaults for them: those point at 127.0.0.1, a pod's
 * own disk (several pods share files only through S3) and metrics that production turns off.
 */
const NEEDED_IN_A_CLUSTER = ['NODE_ENV', 'TRUST_PROXY', 'DATABASE_URL', 'REDIS_URL', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'METRICS_TOKEN'];
/** Values that must come from a Secret: the strong secrets, anything named like a credential, URLs that carry a password. */
const mustBeSecret = (name: string) => STRONG_SECRETS.includes(name) || /SECRET|PASSWORD|TOKEN|_KEYS?$|_KEY_ID$/.test(name) || ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL'].includes(name);
/** The health endpoints readiness must ask: HealthController under the API's prefix, and the worker's health server. */
const HEALTH_PATHS: Labels = { 'lane-api': '/api/v1/health', 'lane-worker': '/health' };
/** onShutdownSignal's drain limit: a pod must be given longer before Kubernetes kills it. */
const APP_DRAIN_SECONDS = 25;

const selects = (selector: Labels | undefined, labels: Labels | undefined) =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
const declares = (containers: Container[], port: Port | undefined) =>
  port !== undefined && containers.some((c) => (c.ports ?? []).some((p) => p.containerPort === port || p.name === port));
const probePort = (probe: Probe) => probe.httpGet?.port ?? probe.tcpSocket?.port ?? probe.grpc?.port;

function containerProblems(w: Workload, c: Container, objects: K8sObject[]): string[] {
  const where = `${w.kind}/${w.metadata.name} container ${c.name}`;
  const pod = w.spec.template.spec;
  const problems: string[] = [];
  if (!c.resources?.requests?.cpu || !c.resources.requests.memory) problems.push(`${where}: no cpu and memory requests`);
  if (!c.resources?.limits?.memory) problems.push(`${where}: no memory limit`);
  const security = { ...pod.securityContext, ...c.securityContext };
  if (security.runAsNonRoot !== true) problems.push(`${where}: not runAsNonRoot`);
  // The images' user is "node" by name, which the kubelet cannot check is not root.
  if (!security.runAsUser) problems.push(`${where}: no numeric non-zero runAsUser`);
  if (security.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation is not false`);
  if (!security.capabilities?.drop?.includes('ALL')) problems.push(`${where}: capabilities not dropped`);
  if (security.readOnlyRootFilesystem !== true) problems.push(`${where}: root filesystem not read-only`);
  const tmp = c.volumeMounts?.find((m) => m.mountPath === '/tmp');
  if (!tmp || !pod.volumes?.some((v) => v.name === tmp.name && v.emptyDir)) problems.push(`${where}: no emptyDir at /tmp (os.tmpdir(), where exports are written first)`);

  const sources = new Map<string, 'ConfigMap' | 'Secret' | 'literal'>();
  for (const from of c.envFrom ?? []) {
    const [kind, ref] = from.secretRef ? (['Secret', from.secretRef] as const) : (['ConfigMap', from.configMapRef] as const);
    const source = ref && (find(objects, kind, ref.name) as DataObject | undefined);
    if (!source) problems.push(`${where}: envFrom names a ${kind} ${ref?.name} that is not rendered`);
    else for (const key of Object.keys(source.data ?? {})) sources.set(key, kind);
  }
  for (const env of c.env ?? []) {
    const ref = env.valueFrom?.secretKeyRef ?? env.valueFrom?.configMapKeyRef;
    const kind = env.valueFrom?.secretKeyRef ? 'Secret' : 'ConfigMap';
    if (ref && (find(objects, kind, ref.name) as DataObject | undefined)?.data?.[ref.key] === undefined) problems.push(`${where}: ${env.name} names a missing ${kind} key`);
    sources.set(env.name, ref ? kind : 'literal');
    if (!ref && /PORT$/.test(env.name) && !declares(pod.containers, Number(env.value))) problems.push(`${where}: ${env.name}=${env.value} is not a declared containerPort`);
  }
  for (const name of new Set([...REQUIRED_IN_PRODUCTION, ...NEEDED_IN_A_CLUSTER])) {
    const source = sources.get(name);
    if (!source) problems.push(`${where}: ${name} is not set`);
    else if (source === 'literal') problems.push(`${where}: ${name} is a literal, not from a ConfigMap or Secret`);
  }
  for (const [name, source] of sources) if (mustBeSecret(name) && source !== 'Secret') problems.push(`${where}: ${name} comes from a ${source}, not a Secret`);
  return problems;
}

function deploymentProblems(d: Workload, objects: K8sObject[]): string[] {
  const { spec, metadata } = d.spec.template;
  const problems: string[] = [];
  if (!selects(d.spec.selector?.matchLabels, metadata?.labels)) problems.push(`Deployment/${d.metadata.name}: its selector does not select its own pods`);
  for (const c of spec.containers) {
    const where = `Deployment/${d.metadata.name} container ${c.name}`;
    for (const kind of ['livenessProbe', 'readinessProbe'] as const) if (!c[kind]) problems.push(`${where}: no ${kind}`);
    if (c.readinessProbe && c.readinessProbe.httpGet?.path !== HEALTH_PATHS[d.metadata.name]) problems.push(`${where}: readinessProbe does not ask ${HEALTH_PATHS[d.metadata.name] ?? 'a known health endpoint'}`);
    for (const kind of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
      const probe = c[kind];
      if (probe && !declares([c], probePort(probe))) problems.push(`${where}: ${kind} is not on a declared containerPort`);
    }
    const pause = Number(c.lifecycle?.preStop?.exec?.command?.[1] ?? 0);
    if ((spec.terminationGracePeriodSeconds ?? 30) <= APP_DRAIN_SECONDS + pause) problems.push(`${where}: terminationGracePeriodSeconds leaves no time for the ${APP_DRAIN_SECONDS} s drain`);
  }
  const scrapePort = metadata?.annotations?.['prometheus.io/port'];
  if (scrapePort && !declares(spec.containers, Number(scrapePort))) problems.push(`Deployment/${d.metadata.name}: prometheus.io/port ${scrapePort} is not a declared containerPort`);
  const scaled = objects.some((o) => o.kind === 'HorizontalPodAutoscaler' && (o as Autoscaler).spec.scaleTargetRef.name === d.metadata.name);
  if (scaled && d.spec.replicas !== undefined) problems.push(`Deployment/${d.metadata.name}: spec.replicas fights its autoscaler on every apply`);
  return problems;
}

function routingProblems(objects: K8sObject[]): string[] {
  const deployments = objects.filter((o): o is Workload => o.kind === 'Deployment');
  const problems: string[] = [];
  for (const s of objects.filter((o): o is Service => o.kind === 'Service')) {
    const targets = deployments.filter((d) => selects(s.spec.selector, d.spec.template.metadata?.labels));
    if (!targets.length) problems.push(`Service/${s.metadata.name}: its selector matches no Deployment's pods`);
    for (const p of s.spec.ports) {
      if (targets.length && !targets.every((d) => declares(d.spec.template.spec.containers, p.targetPort ?? p.port))) problems.push(`Service/${s.metadata.name}: targetPort ${p.targetPort} is not a declared containerPort`);
    }
  }
  for (const h of objects.filter((o): o is Autoscaler => o.kind === 'HorizontalPodAutoscaler')) {
    const target = h.spec.scaleTargetRef.kind === 'Deployment' && deployments.find((d) => d.metadata.name === h.spec.scaleTargetRef.name);
    if (!target) problems.push(`HorizontalPodAutoscaler/${h.metadata.name}: targets no Deployment ${h.spec.scaleTargetRef.name}`);
    else if (h.spec.metrics?.some((m) => m.resource?.name === 'cpu') && target.spec.template.spec.containers.some((c) => !c.resources?.requests?.cpu)) problems.push(`HorizontalPodAutoscaler/${h.metadata.name}: CPU utilisation needs CPU requests`);
    if ((h.spec.minReplicas ?? 1) > h.spec.maxReplicas) problems.push(`HorizontalPodAutoscaler/${h.metadata.name}: minReplicas above maxReplicas`);
  }
  for (const b of objects.filter((o) => o.kind === 'PodDisruptionBudget')) {
    const selector = (b as K8sObject & { spec: { selector?: { matchLabels?: Labels } } }).spec.selector?.matchLabels;
    if (!deployments.some((d) => selects(selector, d.spec.template.metadata?.labels))) problems.push(`PodDisruptionBudget/${b.metadata.name}: selects no Deployment's pods`);
  }
  return problems;
}

/** The Ingress serves exactly PUBLIC_URL's host and SCORM_ORIGIN's, each with TLS, to the API's two ports. */
function ingressProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const config = (find(objects, 'ConfigMap', 'lane-config') as DataObject | undefined)?.data ?? {};
  const lane = new URL(config.PUBLIC_URL ?? 'http://unset');
  const scorm = new URL(config.SCORM_ORIGIN ?? 'http://unset');
  if (lane.protocol !== 'https:' || scorm.protocol !== 'https:') problems.push('lane-config: PUBLIC_URL and SCORM_ORIGIN must be https');
  if (lane.host === scorm.host) problems.push('lane-config: SCORM_ORIGIN must be another host than PUBLIC_URL');
  const parent = lane.hostname.split('.').slice(1).join('.');
  if (!scorm.hostname.endsWith(`.${lane.hostname}`) && !(parent.includes('.') && scorm.hostname.endsWith(`.${parent}`))) {
    problems.push(`lane-config: SCORM_ORIGIN ${scorm.hostname} is not on Lane's site (a subdomain of ${lane.hostname} or of ${parent})`);
  }
  const ingresses = objects.filter((o): o is Ingress => o.kind === 'Ingress');
  const hosts = ingresses.flatMap((i) => i.spec.rules.map((r) => r.host ?? '*'));
  if ([...hosts].sort().join() !== [lane.hostname, scorm.hostname].sort().join()) problems.push(`Ingress hosts ${hosts.join(', ')} are not PUBLIC_URL's and SCORM_ORIGIN's (${lane.hostname}, ${scorm.hostname})`);
  for (const i of ingresses) {
    for (const rule of i.spec.rules) {
      if (!i.spec.tls?.some((t) => t.hosts?.includes(rule.host ?? ''))) problems.push(`Ingress/${i.metadata.name}: no TLS for ${rule.host}`);
      for (const { backend } of rule.http.paths) {
        const service = backend.service && (find(objects, 'Service', backend.service.name) as Service | undefined);
        const port = backend.service?.port;
        if (!service || !service.spec.ports.some((p) => p.name === port?.name || p.port === port?.number)) problems.push(`Ingress/${i.metadata.name}: backend ${backend.service?.name}:${port?.name ?? port?.number} is not a Service port`);
      }
    }
  }
  const scormBackend = ingresses.flatMap((i) => i.spec.rules).find((r) => r.host === scorm.hostname)?.http.paths[0]?.backend.service?.port.name;
  if (scormBackend !== 'scorm') problems.push(`Ingress: ${scorm.hostname} must go to the API's SCORM port, not ${scormBackend}`);
  return problems;
}

/** Everything deployable is right: the checks of the overlay, which is what gets applied. */
function manifestProblems(objects: K8sObject[]): string[] {
  const problems = workloadsOf(objects).flatMap((w) => [
    ...containersOf(w).flatMap((c) => containerProblems(w, c, objects)),
    ...(w.kind === 'Deployment' ? deploymentProblems(w, objects) : []),
    ...containersOf(w)
      .filter((c) => !/:[\w][\w.-]*$/.test(c.image) || c.image.endsWith(':latest'))
      .map((c) => `${w.kind}/${w.metadata.name} container ${c.name}: image ${c.image} has no pinned tag`),
  ]);
  for (const map of objects.filter((o): o is DataObject => o.kind === 'ConfigMap')) {
    for (const key of Object.keys(map.data ?? {}).filter(mustBeSecret)) problems.push(`ConfigMap/${map.metadata.name}: ${key} belongs in a Secret`);
  }
  const config = (find(objects, 'ConfigMap', 'lane-config') as DataObject | undefined)?.data;
  if (config?.NODE_ENV !== 'production') problems.push('lane-config: NODE_ENV is not production');
  const migration = workloadsOf(objects).find((w) => w.kind === 'Job' && w.spec.template.spec.containers.some((c) => [...(c.command ?? []), ...(c.args ?? [])].join(' ') === 'node dist/server/apps/api/src/cli/main.js migrate'));
  const api = find(objects, 'Deployment', 'lane-api') as Workload | undefined;
  if (!migration) problems.push('no Job runs the migrations (node dist/server/apps/api/src/cli/main.js migrate)');
  else if (imageName(migration.spec.template.spec.containers[0].image) !== imageName(api?.spec.template.spec.containers[0].image ?? '')) problems.push(`Job/${migration.metadata.name}: not the API's image, whose CLI it runs`);
  return [...problems, ...routingProblems(objects), ...ingressProblems(objects)];
}

// ---- the tests -------------------------------------------------------------------------------

const clone = (objects: K8sObject[]) => JSON.parse(JSON.stringify(objects)) as K8sObject[];
const deployment = (objects: K8sObject[], name: string) => find(objects, 'Deployment', name) as Workload;

describe('deploy/k8s', () => {
  const base = render(join(K8S, 'base'));
  const production = render(join(K8S, 'overlays/production'));

  it('renders objects of every kind the layout promises', () => {
    const kinds = (objects: K8sObject[]) => [...new Set(objects.map((o) => o.kind))].sort();
    expect(kinds(production)).toEqual(['ConfigMap', 'Deployment', 'HorizontalPodAutoscaler', 'Ingress', 'Job', 'Namespace', 'PodDisruptionBudget', 'Secret', 'Service']);
    expect(kinds(base)).not.toContain('Secret');
    expect(production.filter((o) => o.kind !== 'Namespace').every((o) => o.metadata.namespace === 'lane')).toBe(true);
  });

  it('passes the Kubernetes schemas, base and overlay, every object', () => {
    expect(schemaProblems([...base, ...production])).toEqual([]);
  });

  it("reads load-config's production requirements (so a new one fails here until the manifests set it)", () => {
    expect(REQUIRED_IN_PRODUCTION).toEqual(expect.arrayContaining(['JWT_ACCESS_SECRET', 'CERTIFICATE_SIGNING_KEYS', 'PUBLIC_URL', 'SCORM_ORIGIN']));
    expect(STRONG_SECRETS).toEqual(expect.arrayContaining(['JWT_ACCESS_SECRET', 'METRICS_TOKEN']));
  });

  it('gives the overlay probes, resources, a locked-down pod, its settings and routes that reach something', () => {
    expect(manifestProblems(production)).toEqual([]);
  });

  it('keeps secret values out of the repository', () => {
    const yamlFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []));
    expect(yamlFiles(K8S).flatMap(readObjects).filter((o) => o.kind === 'Secret')).toEqual([]);
    const overlay = join(K8S, 'overlays/production');
    expect(readFileSync(join(overlay, '.gitignore'), 'utf8').split('\n')).toContain('secrets.env');
    expect(Object.values(readEnvFile(join(overlay, 'secrets.env.example'))).filter(Boolean)).toEqual([]);
    expect(existsSync(join(overlay, 'secrets.env.example'))).toBe(true);
  });

  describe('fails a broken manifest', () => {
    const breakages: [string, (objects: K8sObject[]) => void, RegExp][] = [
      ['an API without a readiness probe', (o) => delete deployment(o, 'lane-api').spec.template.spec.containers[0].readinessProbe, /lane-api container api: no readinessProbe/],
      ['an API ready without asking its health', (o) => (deployment(o, 'lane-api').spec.template.spec.containers[0].readinessProbe = { tcpSocket: { port: 'http' } }), /lane-api container api: readinessProbe does not ask \/api\/v1\/health/],
      ['a worker probed on a port it does not declare', (o) => (deployment(o, 'lane-worker').spec.template.spec.containers[0].livenessProbe = { tcpSocket: { port: 9464 } }), /lane-worker container worker: livenessProbe is not on a declared containerPort/],
      ['a pod that may run as root', (o) => delete deployment(o, 'lane-api').spec.template.spec.securityContext?.runAsNonRoot, /lane-api container api: not runAsNonRoot/],
      ['a required secret missing', (o) => delete (find(o, 'Secret', 'lane-secrets') as DataObject).data?.CERTIFICATE_SIGNING_KEYS, /Job\/lane-migrate container migrate: CERTIFICATE_SIGNING_KEYS is not set/],
      ['a secret in the ConfigMap', (o) => ((find(o, 'ConfigMap', 'lane-config') as DataObject).data!.JWT_ACCESS_SECRET = 'x'), /ConfigMap\/lane-config: JWT_ACCESS_SECRET belongs in a Secret/],
      ['a Service selecting nothing', (o) => ((find(o, 'Service', 'lane-api') as Service).spec.selector = { 'app.kubernetes.io/component': 'web' }), /Service\/lane-api: its selector matches no Deployment/],
      ['an autoscaler aimed at nothing', (o) => ((find(o, 'HorizontalPodAutoscaler', 'lane-worker') as Autoscaler).spec.scaleTargetRef.name = 'lane-workers'), /targets no Deployment lane-workers/],
      ['an Ingress for another host than PUBLIC_URL\'s', (o) => ((find(o, 'Ingress', 'lane') as Ingress).spec.rules[0].host = 'lms.example.la'), /Ingress hosts lms.example.la, scorm.lane.example.la are not PUBLIC_URL's/],
      ['SCORM on Lane\'s own host', (o) => ((find(o, 'ConfigMap', 'lane-config') as DataObject).data!.SCORM_ORIGIN = 'https://lane.example.la'), /SCORM_ORIGIN must be another host/],
    ];
    it.each(breakages)('%s', (_name, breakIt, problem) => {
      const broken = clone(production);
      breakIt(broken);
      expect(manifestProblems(broken)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
    });

    it('and the schemas refuse a wrong type and an unknown kind', () => {
      const broken = clone(production);
      (deployment(broken, 'lane-api').spec.template.spec.containers[0].ports![0] as unknown as { containerPort: string }).containerPort = '3000';
      broken.push({ apiVersion: 'lane.example.la/v1', kind: 'Frontend', metadata: { name: 'web' } });
      expect(schemaProblems(broken)).toEqual([
        expect.stringMatching(/^Deployment\/lane-api: .*containerPort must be integer/),
        'Frontend/web: no Kubernetes kind Frontend in lane.example.la/v1',
      ]);
    });
  });
});
