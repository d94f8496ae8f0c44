/** The success predicate language: types, parser, evaluator (user guide: docs/benchmarks.md). */
export type * from './types.ts';
export { PATH_CHECKS, ANSWER_KINDS } from './types.ts';
export { PredicateError, PathSyntaxError } from './PredicateError.ts';
export {
  parsePath,
  resolvePath,
  deepEqual,
  type ParsedPath,
  type PathMatch,
  type PathSegment,
  type FilterOp,
} from './path.ts';
export { parsePredicate, validatePredicate, type CompiledPredicate } from './parsePredicate.ts';
export { evaluatePredicate } from './evaluatePredicate.ts';
export {
  DEFAULT_MAX_ANSWER_LENGTH,
  readNumbers,
  readTimes,
  readDates,
  normaliseText,
  type NumberInText,
  type TimeInText,
  type DateInText,
} from './answer/index.ts';
