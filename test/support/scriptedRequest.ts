/**
 * What a scripted test model reads from a request, as the Messages API body
 * would carry it: the names of the tools offered and the text of one message
 * (the last by default; `first` for the request's own message when a retry
 * may have appended others).
 */
import { toMessagesBody, type ModelRequest } from '../../agent/models/index.ts';

export function requestText(
  request: ModelRequest,
  message: 'first' | 'last' = 'last',
): { tools: string[]; text: string } {
  const body = toMessagesBody(request, 'scripted', { cache: false }) as {
    tools?: Array<{ name: string }>;
    messages: Array<{ content: string | Array<{ type: string; text?: string }> }>;
  };
  const content = body.messages[message === 'first' ? 0 : body.messages.length - 1]!.content;
  return {
    tools: (body.tools ?? []).map((t) => t.name),
    text: typeof content === 'string' ? content : content.map((b) => b.text ?? '').join('\n'),
  };
}
