// The deployment artefacts checked without Docker or a cluster: docker-compose.yml and
// ops/k8s/*.yaml against the published schemas vendored in ops/schemas (README there), and
// consistency between them, the Dockerfile, nginx and the server (env names, probe paths, ports).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { parse, parseAllDocuments } from 'yaml';
import { loadConfig } from '../../server/src/config/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const readJson = (file: string) => JSON.parse(read(file)) as Record<string, unknown>;

type Doc = Record<string, any>;

// Compose files use YAML 1.1 merge keys (<<: *anchor), as docker compose does.
const compose = parse(read('docker-compose.yml'), { merge: true }) as Doc;
const k8sFiles = readdirSync(path.join(ROOT, 'ops/k8s')).filter((f) => f.endsWith('.yaml'));
const k8s = k8sFiles.flatMap((file) =>
  parseAllDocuments(read(`ops/k8s/${file}`)).map((d) => {
    expect(d.errors, file).toEqual([]);
    return { file, doc: d.toJSON() as Doc };
  }),
);
const byKind = (kind: string) => k8s.filter((m) => m.doc.kind === kind).map((m) => m.doc);
const deployment = byKind('Deployment')[0];
const container = deployment.spec.template.spec.containers[0];

/**
 * The Compose Specification is draft-07. The Kubernetes schemas (yannh/kubernetes-json-schema)
 * carry `"$schema": "http://json-schema.org/schema#"`, which ajv does not know as a meta-schema,
 * so it is dropped before compiling; strict is off because both use keywords outside JSON
 * Schema (x-kubernetes-*, `deprecated`) that only annotate. Formats (int32, byte...) that
 * ajv-formats does not define are accepted as annotations too (validateFormats keeps the rest).
 */
function validator(file: string): ValidateFunction {
  const { $schema, ...schema } = readJson(file); // eslint-disable-line @typescript-eslint/no-unused-vars
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const f of ['int32', 'int64', 'byte', 'double']) ajv.addFormat(f, true);
  return ajv.compile(schema);
}

const validateCompose = validator('ops/schemas/compose-spec.json');
/** Kinds whose published schema is vendored; see ops/schemas/README.md for the ones that are not. */
const k8sSchemas: Record<string, ValidateFunction> = {
  'v1/ConfigMap': validator('ops/schemas/k8s/configmap-v1.json'),
};
/** Kinds validated by kubernetes-models (the Kubernetes OpenAPI definitions, compiled). */
const kubernetesModels: Record<string, { validate(doc: unknown): void }> = {
  'apps/v1/Deployment': { validate: (d) => new Deployment(d as never).validate() },
  'v1/Service': { validate: (d) => new Service(d as never).validate() },
  'autoscaling/v2/HorizontalPodAutoscaler': { validate: (d) => new HorizontalPodAutoscaler(d as never).validate() },
  'policy/v1/PodDisruptionBudget': { validate: (d) => new PodDisruptionBudget(d as never).validate() },
  'v1/Secret': { validate: (d) => new Secret(d as never).validate() },
};
function openApiErrorsOf(doc: Doc): string[] {
  const model = kubernetesModels[`${doc.apiVersion}/${doc.kind}`];
  if (!model) return [`no OpenAPI model for ${doc.apiVersion}/${doc.kind}`];
  try {
    model.validate(doc);
    return [];
  } catch (e) {
    return String((e as Error).message).split(', ');
  }
}
const errorsOf = (v: ValidateFunction, doc: unknown) => (v(doc) ? [] : v.errors!.map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));

/** Every variable the server reads: its config schema's keys, and env.X / process.env.X elsewhere. */
function serverEnvNames(): Set<string> {
  const names = new Set<string>();
  const recorder = new Proxy({} as NodeJS.ProcessEnv, {
    get: (_t, key) => {
      if (typeof key === 'string') names.add(key);
      return undefined;
    },
  });
  loadConfig(recorder);
  const walk = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(`${dir}/${e.name}`) : /\.(ts|mjs)$/.test(e.name) && !e.name.includes('.test.') ? [`${dir}/${e.name}`] : [],
    );
  for (const file of walk('server/src')) for (const m of read(file).matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)) names.add(m[1]);
  return names;
}

const serverServices = Object.entries(compose.services as Record<string, Doc>).filter(([, s]) => s.build?.target === 'runtime');

/** The Dockerfile's stages: FROM line and the instructions under it (continuations joined). */
function dockerfileStages() {
  const lines = read('Dockerfile')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: { from: string; name?: string; lines: string[] }[] = [];
  for (const line of lines) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) stages.push({ from: from[1], name: from[2], lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}
const stages = dockerfileStages();
const runtime = stages.find((s) => s.name === 'runtime')!;
const exposed = runtime.lines.filter((l) => /^EXPOSE\b/i.test(l)).flatMap((l) => l.split(/\s+/).slice(1).map((p) => Number.parseInt(p, 10)));

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification', () => {
    expect(errorsOf(validateCompose, compose)).toEqual([]);
  });

  it('rejects a misspelt key (the schema can fail)', () => {
    const broken = structuredClone(compose);
    broken.services['server-2'].depends_onn = broken.services['server-2'].depends_on;
    delete broken.services['server-2'].depends_on;
    expect(errorsOf(validateCompose, broken).join('\n')).toMatch(/additionalProperty.*depends_onn/);
  });

  it('runs two server replicas of which at most one seeds, after a one-shot migration', () => {
    const replicas = serverServices.filter(([, s]) => s.command === undefined);
    expect(replicas.length).toBeGreaterThanOrEqual(2);
    const seeding = replicas.filter(([, s]) => String(s.environment.SEED_ON_START) !== 'false');
    expect(seeding.map(([name]) => name)).toEqual(['server-1']);
    for (const [, s] of replicas) expect(s.depends_on.migrate.condition).toBe('service_completed_successfully');
    expect(compose.services['server-2'].depends_on['server-1'].condition).toBe('service_healthy');
    expect(compose.services.migrate.command).toContain('server/src/db/migrate-cli.ts');
  });

  it('takes every secret from the environment, required, never a literal', () => {
    for (const [name, s] of serverServices) {
      for (const key of ['AUTH_SECRET', 'PII_KEYS', 'PII_INDEX_KEY']) expect(s.environment[key], `${name} ${key}`).toBe(`\${${key}:?set ${key}}`);
      expect(s.environment.DATABASE_URL).toContain('${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}');
    }
    const example = read('.env.example');
    for (const key of ['POSTGRES_PASSWORD', 'AUTH_SECRET', 'PII_KEYS', 'PII_INDEX_KEY']) expect(example).toMatch(new RegExp(`^${key}=`, 'm'));
  });
});

describe('ops/k8s', () => {
  it('validates every manifest whose kind has a vendored schema', () => {
    const checked = k8s.filter(({ doc }) => k8sSchemas[`${doc.apiVersion}/${doc.kind}`]);
    expect(checked.length).toBeGreaterThan(0);
    for (const { file, doc } of checked) expect(errorsOf(k8sSchemas[`${doc.apiVersion}/${doc.kind}`], doc), file).toEqual([]);
  });

  // The kinds without a vendored JSON schema: validated against the Kubernetes OpenAPI definitions
  // as kubernetes-models compiles them (types, required fields, enums, formats). Those definitions
  // do not forbid unknown fields, so a misspelt key is left to the structural checks below.
  it('validates every other manifest against the Kubernetes OpenAPI definitions of its kind', () => {
    const others = k8s.filter(({ doc }) => !k8sSchemas[`${doc.apiVersion}/${doc.kind}`] && doc.kind !== 'Kustomization');
    expect(others.map(({ doc }) => `${doc.apiVersion}/${doc.kind}`).sort()).toEqual(Object.keys(kubernetesModels).sort());
    for (const { file, doc } of others) expect(openApiErrorsOf(doc), file).toEqual([]);
  });

  it('rejects a wrong type in a Deployment and an HPA (the OpenAPI check can fail)', () => {
    const broken = structuredClone(deployment);
    broken.spec.replicas = 'two';
    broken.spec.template.spec.containers[0].ports[0].containerPort = 'http';
    expect(openApiErrorsOf(broken).join('\n')).toMatch(/spec\/replicas must be integer[\s\S]*containerPort must be integer/);
    const hpa = structuredClone(byKind('HorizontalPodAutoscaler')[0]);
    delete hpa.spec.maxReplicas;
    expect(openApiErrorsOf(hpa).join('\n')).toMatch(/spec must have required property maxReplicas/);
  });

  it('rejects a misspelt ConfigMap field and a wrong type (the schema can fail)', () => {
    const v = k8sSchemas['v1/ConfigMap'];
    const cm = byKind('ConfigMap')[0];
    expect(errorsOf(v, { ...cm, dataa: cm.data }).join('\n')).toMatch(/additionalProperty.*dataa/);
    expect(errorsOf(v, { ...cm, immutable: 'yes' }).join('\n')).toMatch(/\/immutable must be boolean/);
  });

  it('kustomization lists every manifest but the secret example', () => {
    const kustomization = k8s.find((m) => m.doc.kind === 'Kustomization')!.doc;
    const expected = k8sFiles.filter((f) => f !== 'kustomization.yaml' && f !== 'secret.example.yaml').sort();
    expect([...kustomization.resources].sort()).toEqual(expected);
  });

  it('Deployment: replicas, rolling update, probes, non-root, read-only root with /tmp writable', () => {
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    expect(deployment.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
    const pod = deployment.spec.template.spec;
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
    // tsx keeps its compile cache under os.tmpdir().
    expect(container.volumeMounts.map((m: Doc) => m.mountPath)).toContain('/tmp');
    for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) expect(container[probe]?.httpGet?.path, probe).toBeTruthy();
    expect(container.resources.requests.cpu).toBeTruthy(); // the HPA's utilisation is relative to it
    // The server exits at most 15 s after SIGTERM (server/src/main.ts); preStop sleeps first.
    const preStop = Number(container.lifecycle.preStop.exec.command[1]);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(preStop + 15);
    const hpa = byKind('HorizontalPodAutoscaler')[0];
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
  });

  it('env comes from the ConfigMap and Secret references only, with placeholder secrets in the example', () => {
    const secretRefs = container.env.map((e: Doc) => e.valueFrom.secretKeyRef);
    expect(secretRefs.every((r: Doc | undefined) => r?.name === 'creditgraph-secrets')).toBe(true);
    expect(container.envFrom).toEqual([{ configMapRef: { name: byKind('ConfigMap')[0].metadata.name } }]);
    const example = byKind('Secret')[0];
    expect(Object.keys(example.stringData).sort()).toEqual(secretRefs.map((r: Doc) => r.key).sort());
    for (const value of Object.values(example.stringData)) expect(value).toMatch(/REPLACE-ME|example\.internal/);
  });
});

describe('consistency with the server', () => {
  const known = serverEnvNames();

  it('every variable set for the server is one it reads', () => {
    const set = [
      ...serverServices.flatMap(([, s]) => Object.keys(s.environment)),
      ...Object.keys(byKind('ConfigMap')[0].data),
      ...container.env.map((e: Doc) => e.name as string),
    ];
    expect(set.filter((name) => !known.has(name))).toEqual([]);
    expect(known.has('DATABASE_URL') && known.has('PII_KEYS')).toBe(true);
  });

  it('probes and health checks use routes the server answers', () => {
    const app = read('server/src/app.ts');
    const paths = [
      ...['startupProbe', 'livenessProbe', 'readinessProbe'].map((p) => container[p].httpGet.path as string),
      ...[...read('Dockerfile').matchAll(/127\.0\.0\.1:'?\+?[^/]*(\/[a-z]+)/g)].map((m) => m[1]),
      ...serverServices.flatMap(([, s]) => [...String(s.healthcheck.test).matchAll(/:4000(\/[a-z]+)/g)].map((m) => m[1])),
    ];
    expect(new Set(paths)).toEqual(new Set(['/healthz', '/readyz']));
    for (const p of paths) expect(app).toContain(`pathname === '${p}'`);
  });

  it('one port everywhere: EXPOSE, PORT, containerPort, Service targetPort, nginx upstreams', () => {
    expect(exposed).toEqual([4000]);
    const port = container.ports.find((p: Doc) => p.name === 'http');
    expect(port.containerPort).toBe(4000);
    expect(byKind('ConfigMap')[0].data.PORT).toBe('4000');
    const service = byKind('Service')[0];
    const target = service.spec.ports[0].targetPort;
    expect(typeof target === 'string' ? container.ports.find((p: Doc) => p.name === target)?.containerPort : target).toBe(4000);
    for (const [, s] of serverServices) expect(s.environment.PORT).toBe('4000');
    const upstreams = [...read('ops/deploy/nginx.conf').matchAll(/^\s*server\s+([\w-]+):(\d+)/gm)];
    expect(upstreams.map((m) => m[1]).sort()).toEqual(serverServices.filter(([, s]) => !s.command).map(([n]) => n).sort());
    expect(new Set(upstreams.map((m) => Number(m[2])))).toEqual(new Set([4000]));
  });

  it('nginx upgrades WebSockets on /graphql, waits long on it, and proxies every server route', () => {
    const conf = read('ops/deploy/nginx.conf');
    expect(conf).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    const graphql = /location = \/graphql \{([^}]*)\}/.exec(conf)?.[1] ?? '';
    expect(Number(/proxy_read_timeout (\d+)s/.exec(graphql)?.[1])).toBeGreaterThanOrEqual(3600);
    for (const route of ['/graphql', '/rest', '/reports/', '/recommend', '/docs', '/healthz', '/readyz']) {
      expect(conf, route).toMatch(new RegExp(`location (= )?${route.replace(/\//g, '\\/')} \\{[^}]*proxy_pass http://creditgraph;`));
    }
  });
});

describe('Dockerfile (structure only: there is no Docker here)', () => {
  it('is multi-stage, builds on slim Node 20, installs with npm ci after .npmrc', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect(runtime.from).toMatch(/^node:20[\w.-]*-slim$/);
    const deps = stages[0].lines.join('\n');
    expect(deps).toMatch(/COPY [^\n]*\.npmrc/);
    expect(deps.indexOf('.npmrc')).toBeLessThan(deps.indexOf('npm ci'));
    expect(stages.some((s) => s.lines.some((l) => /npm prune --omit=dev/.test(l)))).toBe(true);
  });

  it('runtime: non-root USER, production, EXPOSE, HEALTHCHECK on /healthz, starts the server', () => {
    const user = runtime.lines.filter((l) => /^USER\b/i.test(l)).at(-1)?.split(/\s+/)[1] ?? 'root';
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(runtime.lines.join('\n')).toMatch(/NODE_ENV=production/);
    expect(runtime.lines.some((l) => /^HEALTHCHECK\b.*\/healthz/.test(l))).toBe(true);
    expect(runtime.lines.find((l) => /^CMD\b/.test(l))).toContain('server/src/main.ts');
  });

  it('adds nothing from the network', () => {
    expect(stages.flatMap((s) => s.lines).filter((l) => /^ADD\s+(--\S+\s+)*https?:/i.test(l))).toEqual([]);
  });

  it('the server imports no devDependency at run time (npm prune --omit=dev is safe)', () => {
    const pkg = readJson('package.json') as { devDependencies: Record<string, string> };
    expect(Object.keys(pkg.devDependencies)).not.toContain('tsx');
    const imported = new Set<string>();
    for (const dir of ['server/src', 'seeds', 'drizzle', 'ops/simulate']) {
      const walk = (d: string): string[] =>
        readdirSync(path.join(ROOT, d), { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? (['test', 'testing'].includes(e.name) ? [] : walk(`${d}/${e.name}`)) : /\.(ts|mjs)$/.test(e.name) && !e.name.includes('.test.') ? [`${d}/${e.name}`] : [],
        );
      for (const file of walk(dir)) {
        for (const m of read(file).matchAll(/(?:from\s+|import\()\s*'([^'.][^']*)'/g)) {
          if (m[1].startsWith('node:')) continue;
          imported.add(m[1].startsWith('@') ? m[1].split('/').slice(0, 2).join('/') : m[1].split('/')[0]);
        }
      }
    }
    expect([...imported].filter((name) => name in pkg.devDependencies)).toEqual([]);
  });
});
