/**
 * The phones one client session opened, by id ("d1", "d2", ...). Each MCP
 * session has its own registry, so two clients never drive each other's
 * phone; when a session ends its phones are closed. A tool's `device`
 * argument may be left out when exactly one phone is open.
 */
import type { OpenedDevice } from '../drivers/device/index.ts';
import type { KnowledgeStore } from '../fsm/store/index.ts';
import { DeviceSession } from './DeviceSession.ts';
import { McpToolError } from './McpToolError.ts';

export class DeviceRegistry {
  private readonly open = new Map<string, DeviceSession>();
  private readonly closedIds = new Set<string>();
  private next = 1;

  constructor(private readonly store: KnowledgeStore) {}

  add(opened: OpenedDevice, spec: DeviceSession['spec']): DeviceSession {
    const session = new DeviceSession(`d${this.next++}`, opened, spec, this.store);
    this.open.set(session.id, session);
    return session;
  }

  list(): DeviceSession[] {
    return [...this.open.values()];
  }

  /** The phone named `id`, or the only open one when `id` is left out. */
  get(id: string | undefined): DeviceSession {
    if (id === undefined) {
      const all = this.list();
      if (all.length === 1) return all[0]!;
      if (all.length === 0) throw new McpToolError('no device is open; call open_device first (device: "virtual").');
      throw new McpToolError(
        `${all.length} devices are open (${all.map((d) => d.id).join(', ')}); say which one with "device".`,
      );
    }
    const session = this.open.get(id);
    if (session) return session;
    if (this.closedIds.has(id))
      throw new McpToolError(`device "${id}" was closed; open another with open_device and use its id.`);
    const ids = this.list().map((d) => d.id);
    throw new McpToolError(
      `no device "${id}" in this session; open ones: ${ids.length > 0 ? ids.join(', ') : 'none (call open_device)'}.`,
    );
  }

  async close(id: string | undefined): Promise<DeviceSession> {
    const session = this.get(id);
    await session.exclusive('close_device', async () => {
      this.open.delete(session.id);
      this.closedIds.add(session.id);
    });
    await session.close();
    return session;
  }

  /** The client went away: every phone is closed, busy or not. */
  async closeAll(): Promise<void> {
    const all = this.list();
    this.open.clear();
    for (const s of all) this.closedIds.add(s.id);
    await Promise.allSettled(all.map((s) => s.close()));
  }
}
