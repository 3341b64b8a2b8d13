// Preloaded (`node --require`) into every artillery run the kit starts.
// With ARTILLERY_DISABLE_TELEMETRY set, artillery 2.0.21 still sends one anonymous "test run" event through
// posthog-node, which retries for about 12 s when the endpoint cannot be reached (as on an offline or
// locked-down machine), and the run waits for it before exiting. Making that client unavailable sends
// artillery down its own fallback (no-op telemetry), which is what disabling telemetry asks for.
const Module = require('node:module');

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveWithoutTelemetry(request, ...rest) {
  if (request === 'posthog-node') {
    const error = new Error('posthog-node is not loaded in pik benchmark runs (telemetry disabled)');
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  }
  return resolveFilename.call(this, request, ...rest);
};
