/** `close_device`: ends the phone's session; what acting on it taught the FSM is already in the store. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { answer } from '../toolResult.ts';
import { deviceArg, type ToolContext } from '../ToolContext.ts';

export function registerCloseDeviceTool(mcp: McpServer, ctx: ToolContext): void {
  mcp.registerTool(
    'close_device',
    {
      title: 'Close a device',
      description: 'Ends the session on a phone opened with open_device. Its id is no longer valid afterwards.',
      inputSchema: { device: deviceArg },
      annotations: { destructiveHint: false, idempotentHint: false },
    },
    (args) =>
      answer(async () => {
        const session = await ctx.devices.close(args.device);
        return { closed: session.id, open: ctx.devices.list().map((d) => d.id) };
      }),
  );
}
