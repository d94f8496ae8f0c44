/**
 * Whether a device source is gone as a whole: asked by the runner after a
 * device error, to tell a lost session (retry it) from a lost hub or server
 * (stop the run; resume later).
 */

/** A message when none of the URLs answers GET /status, null when one does. */
export async function unreachable(urls: readonly string[], what: string): Promise<string | null> {
  const errors: string[] = [];
  for (const url of urls) {
    try {
      const r = await fetch(`${url.replace(/\/+$/, '')}/status`, { signal: AbortSignal.timeout(5000) });
      if (r.status < 500) return null;
      errors.push(`${url}: HTTP ${r.status}`);
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      errors.push(`${url}: ${cause ?? (error instanceof Error ? error.message : String(error))}`);
    }
  }
  return `${what} does not answer (${errors.join('; ')})`;
}
