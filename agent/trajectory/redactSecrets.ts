/**
 * Removes secrets from text before it is written anywhere (trajectories,
 * logs, reports). The API key is read from the environment at call time, so
 * a key set after start-up is still caught; anything shaped like an Anthropic
 * key is masked too, in case a model echoes one back.
 */
const KEY_SHAPE = /sk-ant-[A-Za-z0-9_-]{6,}/g;

export function redactSecrets(text: string): string {
  let out = text;
  const key = process.env.ANTHROPIC_API_KEY;
  if (key && key.length >= 8) out = out.split(key).join('[REDACTED]');
  return out.replace(KEY_SHAPE, '[REDACTED]');
}
