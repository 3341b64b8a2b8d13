/**
 * Reads a cloud assembly (`cdk.out/`): the manifest, each stack's template and its asset manifest, so
 * that asset references in a template (an S3 key, an image tag) lead back to the folder CDK staged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TEMPLATE_METADATA_KEY } from '@pik/contracts';

export interface CfnResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly Condition?: string;
  readonly DependsOn?: string | string[];
  readonly Metadata?: Record<string, unknown>;
}

export interface CfnParameter {
  readonly Type?: string;
  readonly Default?: string;
}

export interface CfnTemplate {
  readonly Metadata?: Record<string, unknown>;
  readonly Parameters?: Record<string, CfnParameter>;
  readonly Conditions?: Record<string, unknown>;
  readonly Mappings?: Record<string, Record<string, Record<string, unknown>>>;
  readonly Resources?: Record<string, CfnResource>;
  readonly Outputs?: Record<string, { Value: unknown; Export?: unknown; Description?: string }>;
}

export interface StagedAssets {
  /** File asset hash (the S3 key without `.zip`) -> absolute staged folder or file. */
  readonly files: ReadonlyMap<string, string>;
  /** Docker image asset hash (the image tag) -> absolute staged build context folder. */
  readonly images: ReadonlyMap<string, string>;
  /** Staged build context folder -> its Dockerfile's name, when the asset names one (`file:`). */
  readonly dockerfiles?: ReadonlyMap<string, string>;
}

export interface AssemblyStack {
  readonly stackName: string;
  readonly templatePath: string;
  readonly template: CfnTemplate;
  /** The pattern id the template's top-level metadata declares, if any. */
  readonly patternId: string | undefined;
  /** Services the template's top-level metadata lists (name and public base path), if any. */
  readonly declaredServices: readonly { readonly name: string; readonly basePath: string }[];
  readonly assets: StagedAssets;
}

interface ManifestArtifact {
  type: string;
  properties?: { templateFile?: string; file?: string; stackName?: string };
  dependencies?: string[];
  displayName?: string;
}

interface AssetManifest {
  files?: Record<
    string,
    { source?: { path?: string }; destinations?: Record<string, { objectKey?: string }> }
  >;
  dockerImages?: Record<
    string,
    {
      source?: { directory?: string; dockerFile?: string };
      destinations?: Record<string, { imageTag?: string }>;
    }
  >;
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
}

function readAssetManifest(cdkOut: string, file: string): Required<StagedAssets> {
  const manifest = readJson<AssetManifest>(join(cdkOut, file));
  const files = new Map<string, string>();
  const images = new Map<string, string>();
  const dockerfiles = new Map<string, string>();
  for (const [hash, entry] of Object.entries(manifest.files ?? {})) {
    const path = entry.source?.path;
    if (!path) continue;
    files.set(hash, resolve(cdkOut, path));
    // The template references the object key, which usually is `<hash>.zip`; index that too.
    for (const destination of Object.values(entry.destinations ?? {})) {
      if (destination.objectKey)
        files.set(destination.objectKey.replace(/\.zip$/, ''), resolve(cdkOut, path));
    }
  }
  for (const [hash, entry] of Object.entries(manifest.dockerImages ?? {})) {
    const directory = entry.source?.directory;
    if (!directory) continue;
    images.set(hash, resolve(cdkOut, directory));
    if (entry.source?.dockerFile) dockerfiles.set(resolve(cdkOut, directory), entry.source.dockerFile);
    for (const destination of Object.values(entry.destinations ?? {})) {
      if (destination.imageTag) images.set(destination.imageTag, resolve(cdkOut, directory));
    }
  }
  return { files, images, dockerfiles };
}

/** Loads every CloudFormation stack of the assembly in `cdkOut`. */
export function loadCloudAssembly(cdkOut: string): AssemblyStack[] {
  const root = resolve(cdkOut);
  const manifestPath = join(root, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`no cloud assembly at ${root} (manifest.json missing); run \`npm run synth\` first`);
  }
  const manifest = readJson<{ artifacts?: Record<string, ManifestArtifact> }>(manifestPath);
  const artifacts = manifest.artifacts ?? {};
  const stacks: AssemblyStack[] = [];
  for (const [artifactId, artifact] of Object.entries(artifacts)) {
    if (artifact.type !== 'aws:cloudformation:stack' || !artifact.properties?.templateFile) continue;
    const templatePath = join(root, artifact.properties.templateFile);
    const template = readJson<CfnTemplate>(templatePath);
    const files = new Map<string, string>();
    const images = new Map<string, string>();
    const dockerfiles = new Map<string, string>();
    for (const dependency of artifact.dependencies ?? []) {
      const dep = artifacts[dependency];
      if (dep?.type !== 'cdk:asset-manifest' || !dep.properties?.file) continue;
      const staged = readAssetManifest(root, dep.properties.file);
      for (const [k, v] of staged.files) files.set(k, v);
      for (const [k, v] of staged.images) images.set(k, v);
      for (const [k, v] of staged.dockerfiles) dockerfiles.set(k, v);
    }
    const metadata = template.Metadata?.[TEMPLATE_METADATA_KEY] as
      | { pattern?: unknown; services?: { name?: unknown; basePath?: unknown }[] }
      | undefined;
    const declaredServices = (Array.isArray(metadata?.services) ? metadata.services : []).flatMap((svc) =>
      typeof svc?.name === 'string' && typeof svc.basePath === 'string'
        ? [{ name: svc.name, basePath: svc.basePath }]
        : [],
    );
    stacks.push({
      stackName: artifact.properties.stackName ?? artifact.displayName ?? artifactId,
      templatePath,
      template,
      patternId: typeof metadata?.pattern === 'string' ? metadata.pattern : undefined,
      declaredServices,
      assets: { files, images, dockerfiles },
    });
  }
  return stacks;
}
