/** Re-exported for the pattern constructs, which name their per-service constructs with it. */
export { pascalName } from '@pik/contracts';
