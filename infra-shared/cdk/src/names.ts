export { pascalName } from '@pik/contracts';
