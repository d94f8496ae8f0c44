/** Entry point named in the design: screen identity lives in ./identity. */
export { stateKey, defaultStateName, type StateKey, type StateKeyResult } from './identity/index.ts';
