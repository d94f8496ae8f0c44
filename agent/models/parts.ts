/** Small builders for message content, so callers never hand-write wire shapes. */
import type { InputPart } from './inputParts.ts';
import type { ImagePart, ModelMessage, ModelResult, TextPart, ToolResultPart } from './types.ts';

/** A text block; `part` says what it carries, for the token account (never sent). */
export function textPart(text: string, part?: InputPart): TextPart {
  return part ? { type: 'text', text, part } : { type: 'text', text };
}

/** A PNG screenshot as an image part (base64-encoded here). */
export function imagePart(png: Buffer): ImagePart {
  return { type: 'image', mediaType: 'image/png', data: png.toString('base64') };
}

export function toolResultPart(toolUseId: string, content: ToolResultPart['content'], isError = false): ToolResultPart {
  return isError
    ? { type: 'tool_result', toolUseId, content, isError: true }
    : { type: 'tool_result', toolUseId, content };
}

/** The assistant turn of a result, to append before answering its tool calls. */
export function assistantMessage(result: ModelResult): ModelMessage {
  return {
    role: 'assistant',
    content: result.content.length > 0 ? result.content : [textPart(result.text || '(no output)')],
  };
}
