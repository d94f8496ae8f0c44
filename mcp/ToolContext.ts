/** What a tool's handler works with: the server-wide context and this client session's phones. */
import { z } from 'zod';
import type { DeviceRegistry } from './DeviceRegistry.ts';
import type { ServerContext } from './ServerContext.ts';

export interface ToolContext {
  server: ServerContext;
  devices: DeviceRegistry;
}

/** The `device` argument every per-phone tool takes. */
export const deviceArg = z
  .string()
  .optional()
  .describe('Id from open_device, e.g. "d1"; may be left out when one device is open');
