/**
 * Reads what the twin needs from a Dockerfile to run an image's server on the host: the final stage's base
 * image, WORKDIR, ENV, EXPOSE, ENTRYPOINT/CMD and its RUN steps. Parsing is dockerfile-ast's (the parser of
 * the Docker language server), so line continuations, escapes, JSON and shell forms and multi-stage files
 * are read as Docker reads them.
 */
import { readFileSync } from 'node:fs';
import dockerfileAst from 'dockerfile-ast';

const { DockerfileParser, JSONInstruction, Env, From, Workdir } = dockerfileAst;

/** A command as Docker stores it: exec form (argv) or shell form (one string for `/bin/sh -c`). */
export type DockerCommand =
  | { readonly form: 'exec'; readonly argv: readonly string[] }
  | { readonly form: 'shell'; readonly line: string };

export interface DockerImageRecipe {
  /** Base image of the final stage as written (`node:22-slim`), after following stage aliases. */
  readonly baseImage: string;
  /** Final WORKDIR (absolute, inside the image); `/` when none is set. */
  readonly workdir: string;
  readonly env: Readonly<Record<string, string>>;
  readonly exposedPorts: readonly number[];
  readonly entrypoint?: DockerCommand;
  readonly cmd?: DockerCommand;
  /** RUN lines of the final stage (and the stages it continues), as written. */
  readonly runSteps: readonly string[];
}

type Recipe = { -readonly [K in keyof DockerImageRecipe]: DockerImageRecipe[K] } & {
  env: Record<string, string>;
  exposedPorts: number[];
  runSteps: string[];
};

function commandOf(instruction: InstanceType<typeof dockerfileAst.Instruction>): DockerCommand | undefined {
  if (instruction instanceof JSONInstruction) {
    const strings = instruction.getJSONStrings().map((s) => s.getJSONValue());
    if (strings.length > 0) return { form: 'exec', argv: strings };
  }
  const line = instruction.getArgumentsContent()?.trim();
  return line ? { form: 'shell', line } : undefined;
}

function joinWorkdir(current: string, path: string): string {
  const next = path.startsWith('/') ? path : `${current.replace(/\/$/, '')}/${path}`;
  return next.replace(/\/+$/, '') || '/';
}

export function parseDockerfile(content: string): DockerImageRecipe {
  const file = DockerfileParser.parse(content);
  const stages = new Map<string, Recipe>();
  let recipe: Recipe | undefined;
  let cmdInherited = false;
  for (const instruction of file.getInstructions()) {
    const keyword = instruction.getKeyword();
    if (instruction instanceof From) {
      const image = instruction.getImage() ?? '';
      // `FROM base` continues an earlier stage: it inherits what that stage set up.
      const previous = stages.get(image);
      cmdInherited = previous?.cmd !== undefined;
      recipe = previous
        ? structuredClone(previous)
        : { baseImage: image, workdir: '/', env: {}, exposedPorts: [], runSteps: [] };
      const alias = instruction.getBuildStage();
      if (alias) stages.set(alias, recipe);
      continue;
    }
    if (!recipe) continue;
    if (instruction instanceof Env) {
      for (const property of instruction.getProperties()) {
        recipe.env[property.getName()] = property.getValue() ?? '';
      }
    } else if (instruction instanceof Workdir) {
      recipe.workdir = joinWorkdir(recipe.workdir, instruction.getPath() ?? '/');
    } else if (keyword === 'EXPOSE') {
      for (const arg of instruction.getArguments()) {
        const port = Number.parseInt(arg.getValue(), 10);
        if (Number.isInteger(port)) recipe.exposedPorts.push(port);
      }
    } else if (keyword === 'CMD') {
      recipe.cmd = commandOf(instruction);
      cmdInherited = false;
    } else if (keyword === 'ENTRYPOINT') {
      recipe.entrypoint = commandOf(instruction);
      // Docker resets a CMD inherited from the base stage when ENTRYPOINT is set.
      if (cmdInherited) recipe.cmd = undefined;
    } else if (keyword === 'RUN') {
      recipe.runSteps.push(instruction.getArgumentsContent()?.trim() ?? '');
    }
  }
  if (!recipe) throw new Error('no FROM instruction');
  return recipe;
}

export function readDockerfile(path: string): DockerImageRecipe {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return parseDockerfile(content);
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}

/** The argv Docker runs: ENTRYPOINT then CMD (shell forms run through `/bin/sh -c`). */
export function containerArgv(recipe: DockerImageRecipe): string[] | undefined {
  const argv = (c: DockerCommand | undefined): string[] =>
    !c ? [] : c.form === 'exec' ? [...c.argv] : ['/bin/sh', '-c', c.line];
  if (recipe.entrypoint?.form === 'shell') return argv(recipe.entrypoint);
  const all = [...argv(recipe.entrypoint), ...argv(recipe.cmd)];
  return all.length ? all : undefined;
}

/**
 * Whether the base image is a Node.js server image the host's `node` can stand in for: Docker Hub's
 * `node` (also through public.ecr.aws/docker/library). Lambda base images (`public.ecr.aws/lambda/nodejs`)
 * run a function, not a server, and are not among them.
 */
export function isNodeImage(image: string): boolean {
  const name = image.replace(/@sha256:.*$/, '').replace(/:[^/:]*$/, '');
  return /^(?:(?:docker\.io\/)?(?:library\/)?|public\.ecr\.aws\/docker\/library\/)node$/.test(name);
}
