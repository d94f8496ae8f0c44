/** Answer checks: reading numbers, times, dates and names out of an agent's answer, and deciding them. */
export { compileAnswerCheck, DEFAULT_MAX_ANSWER_LENGTH, type CompiledAnswerCheck } from './compileAnswerCheck.ts';
export { evaluateAnswerCheck, type AnswerOutcome } from './evaluateAnswerCheck.ts';
export { readNumbers, numberValue, SIZE_UNITS, type NumberInText } from './readNumbers.ts';
export { readTimes, type TimeInText } from './readTimes.ts';
export { readDates, type DateInText } from './readDates.ts';
export { normaliseText, mentions } from './normaliseText.ts';
