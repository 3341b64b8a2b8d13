import { describe, expect, it } from 'vitest';
import { containerArgv, isNodeImage, parseDockerfile } from '../../src/runtime/dockerfile.js';

describe('Dockerfile reader', () => {
  it('reads the final WORKDIR, ENV (both forms, continued lines), EXPOSE and an exec-form CMD', () => {
    const recipe = parseDockerfile(
      [
        'FROM node:22-slim',
        'WORKDIR /srv',
        'WORKDIR app',
        'ENV NODE_ENV=production \\',
        '    GREETING="hello world"',
        'ENV LEGACY value with spaces',
        'EXPOSE 8080 9090/tcp',
        'RUN npm ci --omit=dev',
        'CMD ["node", "--enable-source-maps", "server.js"]',
      ].join('\n'),
    );
    expect(recipe).toMatchObject({
      baseImage: 'node:22-slim',
      workdir: '/srv/app',
      env: { NODE_ENV: 'production', GREETING: 'hello world', LEGACY: 'value with spaces' },
      exposedPorts: [8080, 9090],
      runSteps: ['npm ci --omit=dev'],
    });
    expect(containerArgv(recipe)).toEqual(['node', '--enable-source-maps', 'server.js']);
  });

  it('runs a shell-form CMD through /bin/sh -c and puts ENTRYPOINT before CMD', () => {
    expect(containerArgv(parseDockerfile('FROM node\nCMD node index.js --port 80'))).toEqual([
      '/bin/sh',
      '-c',
      'node index.js --port 80',
    ]);
    expect(containerArgv(parseDockerfile('FROM node\nENTRYPOINT ["node", "cli.js"]\nCMD ["serve"]'))).toEqual(
      ['node', 'cli.js', 'serve'],
    );
  });

  it('takes the final stage of a multi-stage file, following a stage alias back to its base image', () => {
    const recipe = parseDockerfile(
      [
        'FROM node:22 AS build',
        'WORKDIR /build',
        'RUN npm run build',
        'FROM node:22-alpine AS base',
        'ENV A=1',
        'CMD ["node", "old.js"]',
        'FROM base',
        'WORKDIR /app',
        'ENTRYPOINT ["node", "main.js"]',
      ].join('\n'),
    );
    expect(recipe.baseImage).toBe('node:22-alpine');
    expect(recipe.env).toEqual({ A: '1' });
    expect(recipe.workdir).toBe('/app');
    expect(recipe.runSteps).toEqual([]);
    // ENTRYPOINT resets the CMD inherited from the base stage, as Docker does.
    expect(containerArgv(recipe)).toEqual(['node', 'main.js']);
  });

  it('tells Node.js server images from the rest', () => {
    for (const image of [
      'node',
      'node:22-slim',
      'docker.io/library/node:20',
      'public.ecr.aws/docker/library/node:lts',
    ]) {
      expect(isNodeImage(image), image).toBe(true);
    }
    for (const image of [
      'public.ecr.aws/lambda/nodejs:20',
      'nginx:1.27',
      'python:3.12',
      'amazon/amazon-ecs-sample',
      'mynode:1',
    ]) {
      expect(isNodeImage(image), image).toBe(false);
    }
  });

  it('says when there is no FROM', () => {
    expect(() => parseDockerfile('# nothing\nRUN echo hi')).toThrow('no FROM instruction');
  });
});
