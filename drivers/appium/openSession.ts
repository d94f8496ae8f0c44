/** Opens a WebdriverIO session against an Appium URL with the given capabilities. */
import { remote } from 'webdriverio';

export class SessionError extends Error {
  override name = 'SessionError';
}

export async function openSession(url: string, capabilities: Record<string, unknown>): Promise<WebdriverIO.Browser> {
  const u = new URL(url);
  try {
    return await remote({
      protocol: u.protocol.replace(':', '') as 'http' | 'https',
      hostname: u.hostname,
      port: Number(u.port || (u.protocol === 'https:' ? 443 : 80)),
      path: u.pathname,
      capabilities: capabilities as WebdriverIO.Capabilities,
      logLevel: 'error',
      connectionRetryCount: 0,
    });
  } catch (error) {
    throw new SessionError(
      `Could not open a session at ${url} with automationName ${String(capabilities['appium:automationName'])}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
