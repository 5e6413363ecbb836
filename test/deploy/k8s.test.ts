/**
 * deploy/k8s: every manifest validates against the Kubernetes schemas (kubernetes-models), and the
 * pieces agree with each other and with the service: probes on /healthz and /readyz, cpu = WORKERS,
 * the HPA scales this Deployment, the Service selects its pods.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Service } from 'kubernetes-models/v1';

const DIR = join(__dirname, '..', '..', 'deploy', 'k8s');

interface Manifest {
  readonly file: string;
  readonly object: { apiVersion?: string; kind?: string; metadata?: { name?: string } } & Record<string, unknown>;
}

const manifests: Manifest[] = readdirSync(DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .flatMap((file) =>
    parseAllDocuments(readFileSync(join(DIR, file), 'utf8')).map((doc) => {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
      return { file, object: doc.toJS() as Manifest['object'] };
    }),
  )
  .filter((m) => m.object !== null);

/** The model class for each apiVersion/kind we ship; anything else fails the test. */
const MODELS: Record<string, (o: unknown) => { validate(): void }> = {
  'apps/v1/Deployment': (o) => new Deployment(o as ConstructorParameters<typeof Deployment>[0]),
  'v1/Service': (o) => new Service(o as ConstructorParameters<typeof Service>[0]),
  'autoscaling/v2/HorizontalPodAutoscaler': (o) => new HorizontalPodAutoscaler(o as ConstructorParameters<typeof HorizontalPodAutoscaler>[0]),
  'policy/v1/PodDisruptionBudget': (o) => new PodDisruptionBudget(o as ConstructorParameters<typeof PodDisruptionBudget>[0]),
  'batch/v1/Job': (o) => new Job(o as ConstructorParameters<typeof Job>[0]),
};

function only<T>(kind: string): T {
  const found = manifests.filter((m) => m.object.kind === kind);
  expect(found).toHaveLength(1);
  return found[0]!.object as unknown as T;
}

/** CPU quantity in cores: "2" → 2, "1500m" → 1.5. */
function cores(q: string | number | undefined): number {
  if (q === undefined) return NaN;
  const s = String(q);
  return s.endsWith('m') ? Number(s.slice(0, -1)) / 1000 : Number(s);
}

describe('deploy/k8s manifests', () => {
  it('ship a Deployment, a Service, a HorizontalPodAutoscaler, a PodDisruptionBudget and the archive Job', () => {
    expect(manifests.map((m) => m.object.kind).sort()).toEqual(['Deployment', 'HorizontalPodAutoscaler', 'Job', 'PodDisruptionBudget', 'Service']);
  });

  it.each(manifests.map((m) => [`${m.file}: ${m.object.kind}/${m.object.metadata?.name}`, m] as const))(
    'validates against the Kubernetes schema: %s',
    (_name, m) => {
      const key = `${m.object.apiVersion}/${m.object.kind}`;
      const model = MODELS[key];
      if (model === undefined) throw new Error(`no schema model for ${key}: add one to MODELS`);
      expect(() => model(m.object).validate()).not.toThrow();
    },
  );

  it('catches a schema error (the validation is not a no-op)', () => {
    const bad = structuredClone(only<Deployment>('Deployment')) as unknown as { spec: { replicas: unknown } };
    bad.spec.replicas = 'two';
    expect(() => new Deployment(bad as ConstructorParameters<typeof Deployment>[0]).validate()).toThrow();
  });

  describe('Deployment', () => {
    const deployment = (): Deployment => only<Deployment>('Deployment');
    const container = () => {
      const containers = deployment().spec!.template.spec!.containers;
      expect(containers).toHaveLength(1);
      return containers[0]!;
    };
    const env = (name: string): string | undefined => container().env?.find((e) => e.name === name)?.value;

    it('probes liveness on /healthz and readiness on /readyz, on the container port', () => {
      const c = container();
      expect(c.livenessProbe?.httpGet?.path).toBe('/healthz');
      expect(c.readinessProbe?.httpGet?.path).toBe('/readyz');
      const port = c.ports?.find((p) => p.name === 'http');
      expect(port?.containerPort).toBe(Number(env('PORT')));
      for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
        if (probe) expect([port?.name, port?.containerPort]).toContain(probe.httpGet?.port);
      }
    });

    it('sets PORT 3000, LOG_LEVEL and WORKERS', () => {
      expect(env('PORT')).toBe('3000');
      expect(env('LOG_LEVEL')).toMatch(/^(fatal|error|warn|info|debug|trace)$/);
      expect(Number(env('WORKERS'))).toBeGreaterThanOrEqual(1);
    });

    it('gives the pod exactly WORKERS cores: cpu request = limit = WORKERS', () => {
      const workers = Number(env('WORKERS'));
      const { requests, limits } = container().resources ?? {};
      expect(cores(limits?.cpu)).toBe(workers);
      expect(cores(requests?.cpu)).toBe(workers);
      expect(limits?.memory).toBeDefined();
      expect(requests?.memory).toBe(limits?.memory);
    });

    it('runs as non-root with a read-only root filesystem and no privileges', () => {
      const pod = deployment().spec!.template.spec!;
      const c = container();
      expect(pod.securityContext?.runAsNonRoot).toBe(true);
      expect(pod.securityContext?.runAsUser).toBeGreaterThan(0);
      expect(c.securityContext?.readOnlyRootFilesystem).toBe(true);
      expect(c.securityContext?.allowPrivilegeEscalation).toBe(false);
      expect(c.securityContext?.capabilities?.drop).toContain('ALL');
      expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(0);
    });

    // kubernetes-models accepts unknown fields, so a typo (`livenesProbe`) would pass the schema check.
    it('uses no unknown field names in the pod and container specs', () => {
      const podFields = ['automountServiceAccountToken', 'terminationGracePeriodSeconds', 'securityContext', 'topologySpreadConstraints', 'containers', 'volumes', 'serviceAccountName', 'affinity', 'nodeSelector', 'tolerations', 'priorityClassName'];
      const containerFields = ['name', 'image', 'imagePullPolicy', 'ports', 'env', 'envFrom', 'resources', 'startupProbe', 'livenessProbe', 'readinessProbe', 'lifecycle', 'securityContext', 'volumeMounts', 'args', 'command'];
      expect(Object.keys(deployment().spec!.template.spec!).filter((k) => !podFields.includes(k))).toEqual([]);
      expect(Object.keys(container()).filter((k) => !containerFields.includes(k))).toEqual([]);
    });

    it('selects its own pods', () => {
      const d = deployment();
      expect(d.spec!.template.metadata!.labels).toMatchObject(d.spec!.selector.matchLabels!);
    });
  });

  it('Service selects the Deployment’s pods and targets the container port', () => {
    const service = only<Service>('Service');
    const d = only<Deployment>('Deployment');
    const selector = service.spec!.selector!;
    expect(Object.keys(selector).length).toBeGreaterThan(0);
    expect(d.spec!.template.metadata!.labels).toMatchObject(selector);
    const containerPort = d.spec!.template.spec!.containers[0]!.ports!.find((p) => p.name === 'http')!;
    for (const p of service.spec!.ports!) expect([containerPort.name, containerPort.containerPort]).toContain(p.targetPort);
  });

  it('HorizontalPodAutoscaler scales the Deployment on CPU', () => {
    const hpa = only<HorizontalPodAutoscaler>('HorizontalPodAutoscaler');
    const d = only<Deployment>('Deployment');
    expect(hpa.spec!.scaleTargetRef).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata!.name });
    expect(hpa.spec!.metrics?.some((m) => m.type === 'Resource' && m.resource?.name === 'cpu')).toBe(true);
    expect(hpa.spec!.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec!.maxReplicas).toBeGreaterThan(hpa.spec!.minReplicas!);
  });

  it('PodDisruptionBudget covers the Deployment’s pods and leaves fewer than minReplicas required', () => {
    const pdb = only<PodDisruptionBudget>('PodDisruptionBudget');
    const d = only<Deployment>('Deployment');
    const hpa = only<HorizontalPodAutoscaler>('HorizontalPodAutoscaler');
    expect(d.spec!.template.metadata!.labels).toMatchObject(pdb.spec!.selector!.matchLabels!);
    // minAvailable as large as the smallest replica count would block every node drain.
    expect(Number(pdb.spec!.minAvailable)).toBeLessThan(hpa.spec!.minReplicas!);
  });

  describe('archive Job (batch-job.yaml)', () => {
    const job = (): Job => only<Job>('Job');
    const container = () => {
      const containers = job().spec!.template.spec!.containers;
      expect(containers).toHaveLength(1);
      return containers[0]!;
    };
    const env = (name: string) => container().env?.find((e) => e.name === name);
    const args = (): string[] => container().args ?? [];
    const argAfter = (flag: string): string | undefined => args()[args().indexOf(flag) + 1];

    it('is an Indexed Job with one completion per shard, retried per index, never restarted in place', () => {
      const spec = job().spec!;
      expect(spec.completionMode).toBe('Indexed');
      expect(Number(env('SHARDS')?.value)).toBe(spec.completions);
      expect(spec.parallelism).toBeLessThanOrEqual(spec.completions!);
      expect(spec.template.spec!.restartPolicy).toBe('Never');
    });

    it('runs `batch --shard $JOB_COMPLETION_INDEX/n` with the index from the pod and its own output file', () => {
      expect(container().command).toEqual(['node', 'dist/cli.js']);
      expect(args()[0]).toBe('batch');
      expect(argAfter('--shard')).toBe('$(JOB_COMPLETION_INDEX)/$(SHARDS)');
      expect(env('JOB_COMPLETION_INDEX')?.valueFrom?.fieldRef?.fieldPath).toBe("metadata.annotations['batch.kubernetes.io/job-completion-index']");
      expect(argAfter('--output')).toMatch(/^\/archive\/out\/[^/]*\$\(JOB_COMPLETION_INDEX\)[^/]*$/);
      expect(args()).toContain('--resume');
      expect(argAfter('--workers')).toBe('$(WORKERS)');
    });

    it('reads the archive from a read-only mount and writes to a writable one, on the same claim', () => {
      const mounts = container().volumeMounts ?? [];
      const input = args()[args().length - 1]!;
      const inMount = mounts.find((m) => input.startsWith(`${m.mountPath}/`));
      const outMount = mounts.find((m) => argAfter('--output')!.startsWith(`${m.mountPath}/`));
      expect(inMount?.readOnly).toBe(true);
      expect(outMount?.readOnly).not.toBe(true);
      const volumes = job().spec!.template.spec!.volumes ?? [];
      for (const m of [inMount!, outMount!]) expect(volumes.find((v) => v.name === m.name)?.persistentVolumeClaim?.claimName).toBeDefined();
    });

    it('gets exactly WORKERS cores and runs unprivileged with a read-only root filesystem', () => {
      const workers = Number(env('WORKERS')?.value);
      const { requests, limits } = container().resources ?? {};
      expect(cores(limits?.cpu)).toBe(workers);
      expect(cores(requests?.cpu)).toBe(workers);
      const pod = job().spec!.template.spec!;
      expect(pod.securityContext?.runAsNonRoot).toBe(true);
      expect(container().securityContext?.readOnlyRootFilesystem).toBe(true);
      expect(container().securityContext?.allowPrivilegeEscalation).toBe(false);
    });

    it('uses the same image as the Deployment', () => {
      expect(container().image).toBe(only<Deployment>('Deployment').spec!.template.spec!.containers[0]!.image);
    });
  });
});
