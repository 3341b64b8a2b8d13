import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { DEFAULT_STAGE_THROTTLE, FARGATE_DEFAULTS, LAMBDA_DEFAULTS } from '@pik/cdk-constructs';
import {
  API_CACHE_CONTEXT_KEY,
  AUTH_CONTEXT_KEY,
  DOMAIN_ZONE_CONTEXT_KEY,
  OUTPUT_KEYS,
  PATTERNS,
  type ServiceOutputField,
  STAGE_THROTTLE_CONTEXT_KEY,
} from '@pik/contracts';
import { QUOTAS } from '@pik/limits';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support.js';

/**
 * READMEs and docs state figures that live in code as reference links whose label names the constant:
 * `[20 (adjustable)][QUOTAS.restVpcLinksPerRegion]`, with `[QUOTAS.restVpcLinksPerRegion]: <path to
 * quotas.ts>` at the end of the file (patterns/README.md, "Writing a pattern README"). This test checks
 * every such figure against the constant, so a document cannot drift from the code.
 */
interface Fact {
  readonly value: number | string;
  /** Unit of `value` in code, when a figure may carry one: `29 s` for 29000 ms, `10 MB` for bytes. */
  readonly unit?: 'ms' | 'bytes' | 's' | 'MB';
  readonly adjustable?: boolean;
  /** Repository path of the file that declares the constant. */
  readonly file: string;
}

const CDK = 'infra-shared/cdk/src';
const QUOTAS_FILE = 'infra-shared/limits/src/quotas.ts';

const FACTS: Readonly<Record<string, Fact>> = {
  ...Object.fromEntries(
    Object.entries(QUOTAS).map(([id, quota]) => [
      `QUOTAS.${id}`,
      {
        value: quota.value,
        adjustable: quota.adjustable,
        file: QUOTAS_FILE,
        ...(quota.unit === 'ms' || quota.unit === 'bytes' ? { unit: quota.unit } : {}),
      },
    ]),
  ),
  'DEFAULT_STAGE_THROTTLE.rateLimit': { value: DEFAULT_STAGE_THROTTLE.rateLimit, file: `${CDK}/throttle.ts` },
  'DEFAULT_STAGE_THROTTLE.burstLimit': {
    value: DEFAULT_STAGE_THROTTLE.burstLimit,
    file: `${CDK}/throttle.ts`,
  },
  'LAMBDA_DEFAULTS.memorySize': {
    value: LAMBDA_DEFAULTS.memorySize,
    unit: 'MB',
    file: `${CDK}/lambda-service.ts`,
  },
  'LAMBDA_DEFAULTS.timeout': {
    value: LAMBDA_DEFAULTS.timeout.toSeconds(),
    unit: 's',
    file: `${CDK}/lambda-service.ts`,
  },
  'FARGATE_DEFAULTS.cpu': { value: FARGATE_DEFAULTS.cpu, file: `${CDK}/fargate-service.ts` },
  'FARGATE_DEFAULTS.memoryLimitMiB': {
    value: FARGATE_DEFAULTS.memoryLimitMiB,
    file: `${CDK}/fargate-service.ts`,
  },
  'FARGATE_DEFAULTS.desiredCount': {
    value: FARGATE_DEFAULTS.desiredCount,
    file: `${CDK}/fargate-service.ts`,
  },
  STAGE_THROTTLE_CONTEXT_KEY: {
    value: STAGE_THROTTLE_CONTEXT_KEY,
    file: 'infra-shared/contracts/src/patterns.ts',
  },
  API_CACHE_CONTEXT_KEY: {
    value: API_CACHE_CONTEXT_KEY,
    file: 'infra-shared/contracts/src/patterns.ts',
  },
  AUTH_CONTEXT_KEY: {
    value: AUTH_CONTEXT_KEY,
    file: 'infra-shared/contracts/src/patterns.ts',
  },
  DOMAIN_ZONE_CONTEXT_KEY: {
    value: DOMAIN_ZONE_CONTEXT_KEY,
    file: 'infra-shared/contracts/src/patterns.ts',
  },
};

/** Per unit in code, the suffixes a figure may carry and what they multiply by; none for plain counts. */
const SCALE: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  '': { '': 1 },
  MB: { '': 1, MB: 1 },
  ms: { '': 1, ms: 1, s: 1000 },
  bytes: { '': 1, bytes: 1, KB: 1024, MB: 1024 * 1024 },
  s: { '': 1, s: 1 },
};

/** The number a figure states, in the fact's unit; undefined when the text holds no number. */
function statedValue(text: string, unit: Fact['unit']): number | undefined {
  const match = /(\d[\d,]*(?:\.\d+)?)\s*(ms|s|KB|MB|bytes)?\b/.exec(text);
  if (!match?.[1]) return undefined;
  const figure = Number(match[1].replaceAll(',', ''));
  const factor = SCALE[unit ?? '']?.[match[2] ?? ''];
  return factor === undefined ? undefined : figure * factor;
}

/** What a figure says about adjustability: `(adjustable)`, `(fixed)` / `not adjustable`, or nothing. */
function statedAdjustable(text: string): boolean | undefined {
  if (/\bfixed\b|not adjustable/.test(text)) return false;
  if (/\badjustable\b/.test(text)) return true;
  return undefined;
}

interface Figure {
  readonly doc: string;
  readonly text: string;
  readonly label: string;
}

const FACT_LABEL = /^[A-Z][A-Z_]*(\.\w+)*$/;
const FIGURE_LINK = /(?<!`)\[((?:[^[\]`]|`[^`]*`)+)\]\[([^\]]+)\]/g;

function docs(): string[] {
  const inFolder = (folder: string) =>
    readdirSync(resolve(REPO_ROOT, folder))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `${folder}/${name}`);
  const patternReadmes = PATTERNS.map((p) => `patterns/${p.id}/README.md`);
  return ['README.md', 'patterns/README.md', ...patternReadmes, ...inFolder('docs')];
}

/** The document without fenced code blocks, where brackets are code, not links. */
function prose(doc: string): string {
  return readFileSync(resolve(REPO_ROOT, doc), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
}

function figuresOf(doc: string): Figure[] {
  return [...prose(doc).matchAll(FIGURE_LINK)]
    .filter((m) => FACT_LABEL.test(m[2] ?? ''))
    .map((m) => ({ doc, text: (m[1] ?? '').replaceAll('`', ''), label: m[2] ?? '' }));
}

function definitionsOf(doc: string): Map<string, string> {
  return new Map([...prose(doc).matchAll(/^\[([^\]]+)\]:\s*(\S+)/gm)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

/** Why a figure disagrees with its constant, or undefined when it agrees. */
function disagreement(figure: Figure): string | undefined {
  const fact = FACTS[figure.label];
  if (!fact)
    return `names no known constant (known: QUOTAS.<id>, ${Object.keys(FACTS)
      .filter((key) => !key.startsWith('QUOTAS.'))
      .join(', ')})`;
  if (typeof fact.value === 'string') {
    return figure.text === fact.value ? undefined : `says '${figure.text}', the code says '${fact.value}'`;
  }
  const stated = statedValue(figure.text, fact.unit);
  if (stated !== fact.value) return `says ${stated ?? `'${figure.text}'`}, the code says ${fact.value}`;
  const adjustable = statedAdjustable(figure.text);
  if (adjustable !== undefined && fact.adjustable !== undefined && adjustable !== fact.adjustable)
    return `says ${adjustable ? 'adjustable' : 'fixed'}, the code says ${fact.adjustable ? 'adjustable' : 'fixed'}`;
  return undefined;
}

const figures = docs().flatMap(figuresOf);

describe('figures in READMEs and docs that come from code', () => {
  it('are marked in the shared pattern README, each pattern README and the docs', () => {
    const marked = new Set(figures.map((f) => f.doc));
    expect(figures.length).toBeGreaterThan(20);
    for (const doc of [
      'patterns/README.md',
      'docs/stack-outputs.md',
      ...PATTERNS.map((p) => `patterns/${p.id}/README.md`),
    ])
      expect(marked, doc).toContain(doc);
  });

  it('agree with the constant their link names', () => {
    const wrong = figures.flatMap((figure) => {
      const why = disagreement(figure);
      return why ? [`${figure.doc}: [${figure.text}][${figure.label}] ${why}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('link to the file that declares the constant', () => {
    const wrong = figures.flatMap((figure) => {
      const target = definitionsOf(figure.doc).get(figure.label);
      const declaredIn = FACTS[figure.label]?.file;
      if (!declaredIn) return [];
      const resolved = target
        ? relative(REPO_ROOT, resolve(REPO_ROOT, dirname(figure.doc), target))
        : undefined;
      return resolved === declaredIn && existsSync(resolve(REPO_ROOT, declaredIn))
        ? []
        : [`${figure.doc}: [${figure.label}] links to ${resolved ?? 'nothing'}, not ${declaredIn}`];
    });
    expect(wrong).toEqual([]);
  });

  it('include the default stage throttle in the shared pattern README', () => {
    const shared = figures.filter((f) => f.doc === 'patterns/README.md').map((f) => f.label);
    expect(shared).toEqual(
      expect.arrayContaining(['DEFAULT_STAGE_THROTTLE.rateLimit', 'DEFAULT_STAGE_THROTTLE.burstLimit']),
    );
  });
});

describe('pattern READMEs', () => {
  it.each(PATTERNS.map((p) => [p.id, p.stackName]))(
    '%s names its stack %s and links to the shared README',
    (id, stackName) => {
      const readme = readFileSync(resolve(REPO_ROOT, 'patterns', id, 'README.md'), 'utf8');
      expect(readme).toContain(`npx cdk deploy ${stackName} `);
      expect(readme).toContain('](../README.md');
    },
  );

  it.each(PATTERNS.map((p) => [p.id]))(
    '%s marks a quota figure in every bullet of "Quotas that bite"',
    (id) => {
      const section = prose(`patterns/${id}/README.md`)
        .split(/^## /m)
        .find((s) => s.startsWith('Quotas that bite'));
      const bullets = (section ?? '').split(/^- /m).slice(1);
      expect(bullets.length).toBeGreaterThan(0);
      expect(bullets.filter((bullet) => !bullet.includes('][QUOTAS.'))).toEqual([]);
    },
  );
});

describe('docs/stack-outputs.md', () => {
  const tableNames = (section: string) => {
    const text =
      prose('docs/stack-outputs.md')
        .split(/^## /m)
        .find((s) => s.startsWith(section)) ?? '';
    return [...text.matchAll(/^\| `([^`]+)`(?:, `([^`]+)`)?/gm)].flatMap((m) => [m[1], m[2]].filter(Boolean));
  };

  it('lists exactly the stack outputs every pattern stack writes (OUTPUT_KEYS)', () => {
    expect(tableNames('Per stack').sort()).toEqual(Object.values(OUTPUT_KEYS).sort());
  });

  it('lists every per-service output field', () => {
    // A Record, so a new field in the contract fails the type check here until it is listed.
    const fields: Record<ServiceOutputField, true> = {
      Path: true,
      Compute: true,
      FunctionName: true,
      LogGroup: true,
      TableName: true,
    };
    const expected = Object.keys(fields).map((field) => `Service<Name>${field}`);
    expect(tableNames('Per service').sort()).toEqual(expected.sort());
  });
});
