/** The Lambda entry (bundled to dist/lambda/index.mjs): settings read and the key set made once per environment. */
import { settingsFromEnv } from './env.js';
import { createAuthorizerHandler } from './handler.js';
import { createTokenVerifier } from './verify.js';

export const handler = createAuthorizerHandler(createTokenVerifier(settingsFromEnv(process.env)));
