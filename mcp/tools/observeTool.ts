/**
 * `observe`: the phone's screen now: the compact listing (element ids for
 * `act`), the FSM state and the transitions known from it; a PNG screenshot
 * beside it on request.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { describeScreen } from '../describeScreen.ts';
import { errorText, toolError, toolResult } from '../toolResult.ts';
import { deviceArg, type ToolContext } from '../ToolContext.ts';

export function registerObserveTool(mcp: McpServer, ctx: ToolContext): void {
  mcp.registerTool(
    'observe',
    {
      title: 'Observe the screen',
      description:
        'The current screen: a listing with an id per element (use them in act), the FSM state it is, and the transitions the FSM knows from it (with the element each uses). screenshot: true adds a PNG.',
      inputSchema: {
        device: deviceArg,
        screenshot: z.boolean().optional().describe('Also return a screenshot (PNG)'),
      },
      annotations: { readOnlyHint: true },
    },
    async (args) => {
      try {
        const session = ctx.devices.get(args.device);
        return await session.exclusive('observe', async () => {
          const seen = await session.observe({ screenshot: args.screenshot ?? false });
          const result = toolResult({ device: session.id, ...describeScreen(seen, session.tracker) });
          const png = seen.perception.observation.screenshot;
          if (png) result.content.push({ type: 'image', data: png.toString('base64'), mimeType: 'image/png' });
          return result;
        });
      } catch (error) {
        return toolError(errorText(error));
      }
    },
  );
}
