/**
 * The MCP server of one client session: the tools (one file each in tools/)
 * and resources (resources/) over this session's own phones and the
 * server-wide context. Every transport makes one per client.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { DeviceRegistry } from './DeviceRegistry.ts';
import { registerFsmResource } from './resources/fsmResource.ts';
import { registerReportResource } from './resources/reportResource.ts';
import { registerTrajectoryResource } from './resources/trajectoryResource.ts';
import type { ServerContext } from './ServerContext.ts';
import type { ToolContext } from './ToolContext.ts';
import { registerActTool } from './tools/actTool.ts';
import { registerCloseDeviceTool } from './tools/closeDeviceTool.ts';
import { registerDevicesTool } from './tools/devicesTool.ts';
import { registerExportFsmTool } from './tools/exportFsmTool.ts';
import { registerNavigateToTool } from './tools/navigateToTool.ts';
import { registerObserveTool } from './tools/observeTool.ts';
import { registerOpenDeviceTool } from './tools/openDeviceTool.ts';
import { registerRunTaskTool } from './tools/runTaskTool.ts';
import { registerSkillsTool } from './tools/skillsTool.ts';

export const MCP_SERVER_NAME = 'maple';

const INSTRUCTIONS = `MAPLE drives Android phones and remembers each app as a finite-state machine of its screens.
Start with open_device (device "virtual" is the built-in virtual phone), then observe and act (verified actions),
navigate_to a screen the FSM knows (no model call), or run_task for a whole task. close_device when done.`;

export interface SessionServer {
  mcp: McpServer;
  devices: DeviceRegistry;
  /** Closes this session's phones (the client went away). */
  close(): Promise<void>;
}

export function createMcpServer(server: ServerContext, version: string): SessionServer {
  const mcp = new McpServer(
    { name: MCP_SERVER_NAME, version },
    { capabilities: { tools: {}, resources: {} }, instructions: INSTRUCTIONS },
  );
  const devices = new DeviceRegistry(server.store);
  const ctx: ToolContext = { server, devices };
  for (const register of [
    registerDevicesTool,
    registerOpenDeviceTool,
    registerObserveTool,
    registerActTool,
    registerNavigateToTool,
    registerRunTaskTool,
    registerSkillsTool,
    registerExportFsmTool,
    registerCloseDeviceTool,
    registerTrajectoryResource,
    registerReportResource,
    registerFsmResource,
  ])
    register(mcp, ctx);
  return { mcp, devices, close: () => devices.closeAll() };
}
