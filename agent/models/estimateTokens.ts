/**
 * The project's one token counter, for every model that does not report
 * usage itself (scripted models, the noisy oracle, exec: models without a
 * `usage` field) and for splitting any request's input by part.
 *
 * Text counts at about 4 characters per token (Claude's tokenizer averages
 * 3.5 to 4 on English and JSON). An image counts as Anthropic bills it:
 * width x height / 750 after the API's own downscaling (long edge at most
 * 1568 px and at most about 1,600 tokens), never by the length of its
 * base64 text, which would count a 1080x2400 screenshot as about 100k tokens.
 */
import { INPUT_PARTS } from './inputParts.ts';
import type { InputPart, InputPartTokens } from './inputParts.ts';
import type { ContentPart, ImagePart, ModelRequest } from './types.ts';

export const CHARS_PER_TOKEN = 4;
/** Anthropic's limits before it downscales an image (docs: "Vision", image size). */
export const ANTHROPIC_IMAGE_MAX_EDGE = 1568;
export const ANTHROPIC_IMAGE_MAX_TOKENS = 1600;
const PIXELS_PER_TOKEN = 750;

export function textTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

/** Tokens of an image of this size, after the downscaling the API applies to larger ones. */
export function imageTokensForSize(width: number, height: number): number {
  if (width <= 0 || height <= 0) return 0;
  const byEdge = ANTHROPIC_IMAGE_MAX_EDGE / Math.max(width, height);
  const byArea = Math.sqrt((ANTHROPIC_IMAGE_MAX_TOKENS * PIXELS_PER_TOKEN) / (width * height));
  const scale = Math.min(1, byEdge, byArea);
  const w = Math.floor(width * scale);
  const h = Math.floor(height * scale);
  return Math.ceil((w * h) / PIXELS_PER_TOKEN);
}

/** Width and height from a base64 PNG's header (the first 24 bytes), or undefined when it is no PNG. */
export function pngSize(base64: string): { width: number; height: number } | undefined {
  const head = Buffer.from(base64.slice(0, 32), 'base64');
  if (head.length < 24 || head.readUInt32BE(0) !== 0x89504e47 || head.toString('ascii', 12, 16) !== 'IHDR')
    return undefined;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/** An image part's tokens; an image whose size cannot be read counts as the largest the API accepts unscaled. */
export function imageTokens(image: ImagePart): number {
  const size = pngSize(image.data);
  return size ? imageTokensForSize(size.width, size.height) : ANTHROPIC_IMAGE_MAX_TOKENS;
}

export interface RequestTokens {
  /** Estimated input tokens of the whole request. */
  total: number;
  parts: InputPartTokens;
  /** Images in the request. */
  images: number;
}

/** Estimated input tokens of a request, split by what they carry (agent/models/inputParts.ts). */
export function estimateRequestTokens(request: ModelRequest): RequestTokens {
  const parts: Record<InputPart, number> = Object.fromEntries(INPUT_PARTS.map((p) => [p, 0])) as Record<
    InputPart,
    number
  >;
  let images = 0;
  if (request.tools && request.tools.length > 0) parts.tools += textTokens(JSON.stringify(request.tools));
  parts.system += textTokens(request.system.stable) + textTokens(request.system.volatile ?? '');
  const add = (part: ContentPart): void => {
    if (part.type === 'text') parts[part.part ?? 'other'] += textTokens(part.text);
    else if (part.type === 'image') {
      parts.image += imageTokens(part);
      images += 1;
    } else if (part.type === 'tool_use')
      parts.other += textTokens(JSON.stringify({ name: part.name, input: part.input }));
    else if (typeof part.content === 'string') parts.other += textTokens(part.content);
    else part.content.forEach(add);
  };
  for (const m of request.messages) {
    if (typeof m.content === 'string') parts.other += textTokens(m.content);
    else m.content.forEach(add);
  }
  const present = Object.fromEntries(Object.entries(parts).filter(([, n]) => n > 0)) as InputPartTokens;
  return { total: Object.values(parts).reduce((a, b) => a + b, 0), parts: present, images };
}
