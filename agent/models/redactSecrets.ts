/**
 * Removes API keys from text bound for logs, errors or files. Defence in
 * depth: keys are never put there on purpose, this catches accidents (an
 * SDK message echoing a header, a subprocess printing its environment).
 */
const KEY_PATTERN = /sk-ant-[A-Za-z0-9_-]{4,}/g;

export const REDACTED = '[REDACTED]';

export function redactSecrets(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text;
  const key = env.ANTHROPIC_API_KEY;
  // Short values would redact ordinary words; real keys are long.
  if (key && key.length >= 8) out = out.split(key).join(REDACTED);
  return out.replace(KEY_PATTERN, REDACTED);
}
