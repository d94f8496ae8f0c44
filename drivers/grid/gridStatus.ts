/**
 * Reads a Selenium Grid 4 hub's `GET /status`: its nodes, their availability
 * and slots (the stereotype each advertises, the session in it). An Appium
 * server answers /status too, without nodes: that is how a Grid URL is told
 * apart from a plain Appium URL.
 */

export interface GridSlot {
  /** The capabilities the slot advertises (platformName, appium:automationName, ...). */
  stereotype: Record<string, unknown>;
  /** The session running in the slot, or null when it is free. */
  sessionId: string | null;
}

export interface GridNode {
  id: string;
  /** The node's own URL (the relay node, not the Appium server behind it). */
  uri: string;
  /** UP, DOWN or DRAINING. */
  availability: string;
  maxSessions: number;
  slots: GridSlot[];
}

export interface GridStatus {
  ready: boolean;
  message: string;
  nodes: GridNode[];
}

/** The URL's /status endpoint (a hub URL may end in / or /wd/hub). */
export function statusUrl(url: string): string {
  return `${url.replace(/\/+$/, '')}/status`;
}

/**
 * The Grid's status, or null when the URL answers but is not a Grid (an
 * Appium server). Throws when nothing answers within `timeoutMs`.
 */
export async function readGridStatus(url: string, timeoutMs = 5000): Promise<GridStatus | null> {
  const response = await fetch(statusUrl(url), { signal: AbortSignal.timeout(timeoutMs) });
  const body = (await response.json().catch(() => null)) as { value?: Record<string, unknown> } | null;
  return parseGridStatus(body?.value);
}

/** The status `value` of a Grid hub as a GridStatus; null when it has no node list (not a Grid). */
export function parseGridStatus(value: Record<string, unknown> | undefined): GridStatus | null {
  if (!value || !Array.isArray(value['nodes'])) return null;
  const nodes = (value['nodes'] as Array<Record<string, unknown>>).map((n): GridNode => ({
    id: String(n['id'] ?? n['nodeId'] ?? ''),
    uri: String(n['uri'] ?? n['externalUri'] ?? ''),
    availability: String(n['availability'] ?? 'UNKNOWN'),
    maxSessions: Number(n['maxSessions'] ?? 0),
    slots: ((n['slots'] as Array<Record<string, unknown>> | undefined) ?? []).map((s) => {
      const session = s['session'] as { sessionId?: string } | null | undefined;
      return {
        stereotype: (s['stereotype'] as Record<string, unknown> | undefined) ?? {},
        sessionId: session?.sessionId ?? null,
      };
    }),
  }));
  return { ready: value['ready'] === true, message: String(value['message'] ?? ''), nodes };
}

/** Slots on nodes that are UP: what the Grid can run at once. */
export function upSlots(status: GridStatus): GridSlot[] {
  return status.nodes.filter((n) => n.availability === 'UP').flatMap((n) => n.slots);
}
