/**
 * Reads a cloud assembly (`cdk.out/`): the manifest, each stack's template and its asset manifest, so
 * that asset references in a template (an S3 key, an image tag) lead back to the folder CDK staged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TEMPLATE_METADATA_KEY } from '@pik/contracts';
function readJson(path) {
    try {
        return JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (error) {
        throw new Error(`cannot read ${path}: ${error.message}`);
    }
}
function readAssetManifest(cdkOut, file) {
    const manifest = readJson(join(cdkOut, file));
    const files = new Map();
    const images = new Map();
    const dockerfiles = new Map();
    for (const [hash, entry] of Object.entries(manifest.files ?? {})) {
        const path = entry.source?.path;
        if (!path)
            continue;
        files.set(hash, resolve(cdkOut, path));
        // The template references the object key, which usually is `<hash>.zip`; index that too.
        for (const destination of Object.values(entry.destinations ?? {})) {
            if (destination.objectKey)
                files.set(destination.objectKey.replace(/\.zip$/, ''), resolve(cdkOut, path));
        }
    }
    for (const [hash, entry] of Object.entries(manifest.dockerImages ?? {})) {
        const directory = entry.source?.directory;
        if (!directory)
            continue;
        images.set(hash, resolve(cdkOut, directory));
        if (entry.source?.dockerFile)
            dockerfiles.set(resolve(cdkOut, directory), entry.source.dockerFile);
        for (const destination of Object.values(entry.destinations ?? {})) {
            if (destination.imageTag)
                images.set(destination.imageTag, resolve(cdkOut, directory));
        }
    }
    return { files, images, dockerfiles };
}
/** Loads every CloudFormation stack of the assembly in `cdkOut`. */
export function loadCloudAssembly(cdkOut) {
    const root = resolve(cdkOut);
    const manifestPath = join(root, 'manifest.json');
    if (!existsSync(manifestPath)) {
        throw new Error(`no cloud assembly at ${root} (manifest.json missing); run \`npm run synth\` first`);
    }
    const manifest = readJson(manifestPath);
    const artifacts = manifest.artifacts ?? {};
    const stacks = [];
    for (const [artifactId, artifact] of Object.entries(artifacts)) {
        if (artifact.type !== 'aws:cloudformation:stack' || !artifact.properties?.templateFile)
            continue;
        const templatePath = join(root, artifact.properties.templateFile);
        const template = readJson(templatePath);
        const files = new Map();
        const images = new Map();
        const dockerfiles = new Map();
        for (const dependency of artifact.dependencies ?? []) {
            const dep = artifacts[dependency];
            if (dep?.type !== 'cdk:asset-manifest' || !dep.properties?.file)
                continue;
            const staged = readAssetManifest(root, dep.properties.file);
            for (const [k, v] of staged.files)
                files.set(k, v);
            for (const [k, v] of staged.images)
                images.set(k, v);
            for (const [k, v] of staged.dockerfiles)
                dockerfiles.set(k, v);
        }
        const metadata = template.Metadata?.[TEMPLATE_METADATA_KEY];
        const declaredServices = (Array.isArray(metadata?.services) ? metadata.services : []).flatMap((svc) => typeof svc?.name === 'string' && typeof svc.basePath === 'string'
            ? [{ name: svc.name, basePath: svc.basePath }]
            : []);
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
//# sourceMappingURL=cdk-out.js.map