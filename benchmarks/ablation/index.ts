/** The ablation's scripted noisy model (an oracle with noise; never an agent to report numbers for). */
export {
  NoisyOracleModel,
  NoisyOracleSpecError,
  parseNoisyOracleSpec,
  unitHash,
  DEFAULT_ORACLE_ERROR_RATE,
} from './NoisyOracleModel.ts';
export type { NoisyOracleOptions } from './NoisyOracleModel.ts';
export { matchTarget } from './matchTarget.ts';
