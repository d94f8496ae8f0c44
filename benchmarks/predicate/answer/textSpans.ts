/** A stretch of an answer that a reader has claimed (a time, a date), so the number reader skips it. */
export interface TextSpan {
  index: number;
  length: number;
}

/** True when [index, index + length) overlaps one of the spans. */
export function inSpans(index: number, length: number, spans: readonly TextSpan[]): boolean {
  return spans.some((s) => index < s.index + s.length && s.index < index + length);
}
