/**
 * The TOML config of a Selenium Grid 4 relay node: a node that runs no
 * browser itself but relays every command of its sessions to a WebDriver
 * service (here an Appium server), and advertises that service's capabilities
 * as its slots' stereotype. The hub matches new-session requests against the
 * stereotype (platformName and each `appium:` capability it names).
 */

export interface RelayNodeConfig {
  /** Where the node listens (address and port). */
  host: string;
  port: number;
  /** The hub's URL (http://host:port) and its event bus (tcp://host:port, publish and subscribe). */
  gridUrl: string;
  publishEvents: string;
  subscribeEvents: string;
  /** The Appium server the node relays to, and the capabilities it serves. */
  appiumUrl: string;
  stereotype: Record<string, unknown>;
  /** Sessions at once (one per phone). */
  maxSessions: number;
  /** The node ends a session idle for this long (Grid's session-timeout), seconds. */
  sessionTimeoutSec: number;
  /** How often the node tells the hub it is alive, seconds. */
  heartbeatSec: number;
}

/** A TOML string: a JSON string is a valid TOML basic string for the characters used here. */
const str = (s: string): string => JSON.stringify(s);

export function relayNodeToml(c: RelayNodeConfig): string {
  return [
    '[server]',
    `host = ${str(c.host)}`,
    `port = ${c.port}`,
    '',
    '[events]',
    // Not `[node] hub = ...`: that flag resets the event bus to the default ports 4442/4443.
    `publish = ${str(c.publishEvents)}`,
    `subscribe = ${str(c.subscribeEvents)}`,
    '',
    '[node]',
    'detect-drivers = false',
    `grid-url = ${str(c.gridUrl)}`,
    `session-timeout = ${c.sessionTimeoutSec}`,
    `heartbeat-period = ${c.heartbeatSec}`,
    `max-sessions = ${c.maxSessions}`,
    '',
    '[relay]',
    `url = ${str(c.appiumUrl)}`,
    'status-endpoint = "/status"',
    // Pairs of (max sessions, stereotype as a JSON string).
    `configs = [${str(String(c.maxSessions))}, ${str(JSON.stringify(c.stereotype))}]`,
    '',
  ].join('\n');
}
