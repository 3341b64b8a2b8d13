import { SERVICE_NAMES, SERVICES, type ServiceName, serviceByName } from '@pik/service-kit/catalogue';

/** Where a service runs. */
export type ComputeKind = 'lambda' | 'fargate';

/** One service as a pattern deploys it. */
export interface ServiceSpec {
  /** Unique name in the stack; a catalogue name, or `synNNN` for generated services. */
  readonly name: string;
  /** Public path prefix on the API (`/orders`). */
  readonly basePath: `/${string}`;
  /** Listener port in front of the service, and the container port on Fargate. */
  readonly port: number;
  /** Whose code runs: the catalogue service whose bundle or image is deployed. */
  readonly bundle: ServiceName;
  readonly compute: ComputeKind;
  /** True for generated services that only demonstrate scale limits. */
  readonly synthetic: boolean;
}

/** Port of the first generated service; generated service N listens on SYNTHETIC_PORT_BASE + N. */
export const SYNTHETIC_PORT_BASE = 9000;
/** Upper bound on generated services, far above every quota the kit checks. */
export const MAX_SYNTHETIC_SERVICES = 500;

export interface ServiceSelection {
  /** Catalogue services to deploy. */
  readonly services?: readonly ServiceName[];
  /** Extra generated services (running the catalog bundle) that show where quotas bite. */
  readonly syntheticServices?: number;
  /** Compute for every service without an entry in `computeByService`. */
  readonly compute?: ComputeKind;
  /** Compute per service name. */
  readonly computeByService?: Readonly<Record<string, ComputeKind>>;
}

/** Name of generated service number `index` (1-based): syn001, syn002, ... */
export function syntheticServiceName(index: number): string {
  return `syn${String(index).padStart(3, '0')}`;
}

/** Expands a selection into the services a stack deploys; throws on names or counts it cannot honour. */
export function resolveServiceSpecs(selection: ServiceSelection, defaultCompute: ComputeKind): ServiceSpec[] {
  const names = selection.services ?? SERVICE_NAMES;
  if (new Set(names).size !== names.length)
    throw new Error(`services lists a name twice: ${names.join(', ')}`);
  const synthetic = selection.syntheticServices ?? 0;
  if (!Number.isInteger(synthetic) || synthetic < 0 || synthetic > MAX_SYNTHETIC_SERVICES) {
    throw new Error(
      `syntheticServices must be an integer from 0 to ${MAX_SYNTHETIC_SERVICES}, got ${synthetic}`,
    );
  }
  if (names.length + synthetic === 0) throw new Error('a pattern needs at least one service');
  const computeOf = (name: string) =>
    selection.computeByService?.[name] ?? selection.compute ?? defaultCompute;
  const specs: ServiceSpec[] = names.map((name) => {
    const d = serviceByName(name);
    return {
      name: d.name,
      basePath: d.basePath,
      port: d.port,
      bundle: d.name,
      compute: computeOf(d.name),
      synthetic: false,
    };
  });
  for (let i = 1; i <= synthetic; i++) {
    const name = syntheticServiceName(i);
    specs.push({
      name,
      basePath: `/${name}`,
      port: SYNTHETIC_PORT_BASE + i,
      bundle: 'catalog',
      compute: computeOf(name),
      synthetic: true,
    });
  }
  for (const key of Object.keys(selection.computeByService ?? {})) {
    if (!specs.some((s) => s.name === key)) {
      throw new Error(
        `computeByService names '${key}', which is not deployed; deployed: ${specs.map((s) => s.name).join(', ')}`,
      );
    }
  }
  return specs;
}

export { SERVICES };
