/**
 * Cost estimate per model family, USD per million tokens, from Anthropic's
 * public list prices (checked late 2025). An estimate: it ignores batch
 * discounts, long-context surcharges and 1-hour cache writes. Cache writes
 * (5-minute) cost 1.25x input, cache reads 0.1x input.
 */
import type { Usage } from './types.ts';

export interface ModelPrice {
  input: number;
  output: number;
}

/**
 * Matched in order against the model id; first match wins. Families newer
 * than the table are priced like their latest known sibling, and an unknown
 * Claude family like Sonnet: an estimate, not an invoice.
 */
export const PRICE_TABLE: ReadonlyArray<{ match: RegExp; family: string; price: ModelPrice }> = [
  { match: /3-opus|opus-4-0|opus-4-1|opus-4-2025|opus-4$/, family: 'opus-3/4.0/4.1', price: { input: 15, output: 75 } },
  { match: /opus/, family: 'opus-4.5+', price: { input: 5, output: 25 } },
  { match: /sonnet/, family: 'sonnet', price: { input: 3, output: 15 } },
  { match: /3-haiku|haiku-3-2/, family: 'haiku-3', price: { input: 0.25, output: 1.25 } },
  { match: /3-5-haiku|haiku-3-5/, family: 'haiku-3.5', price: { input: 0.8, output: 4 } },
  { match: /haiku/, family: 'haiku-4.5+', price: { input: 1, output: 5 } },
  { match: /claude/, family: 'unknown claude (priced as sonnet)', price: { input: 3, output: 15 } },
];

export const CACHE_WRITE_MULTIPLIER = 1.25;
export const CACHE_READ_MULTIPLIER = 0.1;

export function priceFor(model: string): ModelPrice | undefined {
  const id = model.toLowerCase();
  if (!id.includes('claude')) return undefined;
  return PRICE_TABLE.find((row) => row.match.test(id))?.price;
}

/** Estimated USD for one call; 0 when the model is not a known Claude family (local models). */
export function estimateCostUsd(model: string, usage: Usage): number {
  const price = priceFor(model);
  if (!price) return 0;
  const perToken = (usd: number): number => usd / 1_000_000;
  return (
    usage.inputTokens * perToken(price.input) +
    usage.outputTokens * perToken(price.output) +
    usage.cacheWriteTokens * perToken(price.input * CACHE_WRITE_MULTIPLIER) +
    usage.cacheReadTokens * perToken(price.input * CACHE_READ_MULTIPLIER)
  );
}
