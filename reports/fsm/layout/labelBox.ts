/**
 * A state's box in the FSM view: its label wrapped on at most two lines of a
 * bounded width (a long name ends in "…", the full name is in the panel and
 * the tooltip), and the box size that holds it.
 */
import { textWidth } from './textWidth.ts';

/** The label font: the page draws state labels at this size (px) in DejaVu Sans. */
export const LABEL_FONT_SIZE = 11;
export const LABEL_LINE_HEIGHT = 13;
/** Widest line (px at zoom 1): about 22 characters. */
export const LABEL_MAX_WIDTH = 132;
const MAX_LINES = 2;
const PAD_X = 6;
const PAD_Y = 4;
const MIN_WIDTH = 36;

export interface LabelBox {
  lines: string[];
  width: number;
  height: number;
}

const widthOf = (text: string): number => textWidth(text, LABEL_FONT_SIZE);

/** The longest prefix of `text` that fits `max` px with "…" after it. */
function cut(text: string, max: number): string {
  let out = text;
  while (out.length > 1 && widthOf(`${out}…`) > max) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

/** Greedy word wrap; a word wider than a line is cut. The last allowed line takes the rest, cut to fit. */
export function wrapLabel(text: string, max = LABEL_MAX_WIDTH, maxLines = MAX_LINES): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (widthOf(candidate) <= max) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // No line left: this one holds the rest of the label, cut.
      lines.push(
        cut(
          words
            .slice(i)
            .reduce((acc, w) => `${acc} ${w}`, line)
            .trim(),
          max,
        ),
      );
      return lines;
    }
    if (line) lines.push(line);
    line = widthOf(word) <= max ? word : cut(word, max);
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export function labelBox(text: string): LabelBox {
  const lines = wrapLabel(text);
  const width = Math.max(MIN_WIDTH, Math.ceil(Math.max(...lines.map(widthOf))) + 2 * PAD_X);
  return { lines, width, height: lines.length * LABEL_LINE_HEIGHT + 2 * PAD_Y };
}
