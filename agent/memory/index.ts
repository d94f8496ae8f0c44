export { FactMemory } from './FactMemory.ts';
