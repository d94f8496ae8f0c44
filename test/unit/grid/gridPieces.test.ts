/**
 * The Grid pieces that need no Java: the relay node's TOML, reading a hub's
 * /status (a real Grid 4.48 answer), and Java's version line.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  GridSetupError,
  parseGridStatus,
  parseJavaVersion,
  relayNodeToml,
  requireJava,
  upSlots,
} from '../../../drivers/grid/index.ts';

describe('relayNodeToml', () => {
  const toml = relayNodeToml({
    host: '127.0.0.1',
    port: 5555,
    gridUrl: 'http://127.0.0.1:4444',
    publishEvents: 'tcp://127.0.0.1:4442',
    subscribeEvents: 'tcp://127.0.0.1:4443',
    appiumUrl: 'http://127.0.0.1:4723',
    stereotype: {
      platformName: 'Android',
      'appium:automationName': 'VirtualAndroid',
      'appium:deviceName': 'Pixel "8"',
    },
    maxSessions: 1,
    sessionTimeoutSec: 600,
    heartbeatSec: 5,
  });

  it('relays to the Appium server and advertises the stereotype as one (max sessions, JSON) pair', () => {
    expect(toml).toMatch(/^\[relay\]\nurl = "http:\/\/127\.0\.0\.1:4723"\nstatus-endpoint = "\/status"$/m);
    const configs = /^configs = \[(".*?"), (".*")\]$/m.exec(toml)!;
    expect(JSON.parse(configs[1]!)).toBe('1');
    expect(JSON.parse(JSON.parse(configs[2]!) as string)).toEqual({
      platformName: 'Android',
      'appium:automationName': 'VirtualAndroid',
      'appium:deviceName': 'Pixel "8"',
    });
  });

  it('names the event bus in [events], never through `hub =` (which resets it to ports 4442/4443)', () => {
    expect(toml).toMatch(
      /^\[events\]\npublish = "tcp:\/\/127\.0\.0\.1:4442"\nsubscribe = "tcp:\/\/127\.0\.0\.1:4443"$/m,
    );
    expect(toml).not.toMatch(/^hub\s*=/m);
    expect(toml).toMatch(/^detect-drivers = false$/m);
    expect(toml).toMatch(/^session-timeout = 600$/m);
  });
});

describe('parseGridStatus', () => {
  // The value of GET /status of a Selenium Grid 4.48 hub with one relay node and one running session (trimmed).
  const hub = {
    ready: true,
    message: 'Selenium Grid ready.',
    nodes: [
      {
        id: '6830fc03-ea23-4992-8391-61b25f6c5f82',
        uri: 'http://127.0.0.1:15555',
        maxSessions: 1,
        availability: 'UP',
        heartbeatPeriod: 60000,
        slots: [
          {
            id: { hostId: '6830fc03', id: '599fd91e' },
            lastStarted: '2026-12-06T04:05:40.104699366Z',
            session: { sessionId: 'f4ada074-b6a5-4ff8-ba1d-0b8b1887a1db', start: '2026-12-06T04:05:40Z' },
            stereotype: { 'appium:automationName': 'VirtualAndroid', platformName: 'ANDROID' },
          },
        ],
      },
      {
        id: 'b',
        uri: 'http://127.0.0.1:15556',
        maxSessions: 1,
        availability: 'DOWN',
        slots: [{ session: null, stereotype: {} }],
      },
    ],
  };

  it('reads nodes, availability, stereotypes and sessions', () => {
    const status = parseGridStatus(hub)!;
    expect(status.ready).toBe(true);
    expect(status.nodes.map((n) => [n.uri, n.availability])).toEqual([
      ['http://127.0.0.1:15555', 'UP'],
      ['http://127.0.0.1:15556', 'DOWN'],
    ]);
    expect(status.nodes[0]!.slots[0]).toEqual({
      stereotype: { 'appium:automationName': 'VirtualAndroid', platformName: 'ANDROID' },
      sessionId: 'f4ada074-b6a5-4ff8-ba1d-0b8b1887a1db',
    });
    expect(upSlots(status)).toHaveLength(1);
  });

  it("is null for an Appium server's /status (no node list)", () => {
    expect(
      parseGridStatus({ ready: true, message: 'The server is ready to accept new connections', build: {} }),
    ).toBeNull();
    expect(parseGridStatus(undefined)).toBeNull();
  });
});

describe('Java', () => {
  const saved = process.env['MAPLE_JAVA'];
  afterEach(() => {
    if (saved === undefined) delete process.env['MAPLE_JAVA'];
    else process.env['MAPLE_JAVA'] = saved;
  });

  it('reads the major version of old and new version lines', () => {
    expect(parseJavaVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(parseJavaVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaVersion('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaVersion('no java here')).toBeNull();
  });

  it('a java that does not run is a GridSetupError naming the Debian package and the script', () => {
    process.env['MAPLE_JAVA'] = '/nonexistent/bin/java';
    expect(() => requireJava()).toThrow(GridSetupError);
    expect(() => requireJava()).toThrow(/needs Java 11\+.*default-jre-headless.*scripts\/ensure-java\.mjs/);
  });
});
