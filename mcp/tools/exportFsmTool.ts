/** `export_fsm`: a learned FSM in any export format (xstate, mermaid, dot, json), and its resource URI. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { EXPORT_FORMATS } from '../../fsm/export/exportFormats.ts';
import { exportFsm } from '../exportFsm.ts';
import { errorText, toolError } from '../toolResult.ts';
import type { ToolContext } from '../ToolContext.ts';

export function registerExportFsmTool(mcp: McpServer, ctx: ToolContext): void {
  mcp.registerTool(
    'export_fsm',
    {
      title: 'Export an FSM',
      description:
        'Exports the FSM learned for an app (package name, or "all") from the knowledge store: xstate (an XState machine module), mermaid, dot or json. The export is the second text part; the first says what it holds and its maple://fsm URI.',
      inputSchema: {
        app: z
          .string()
          .min(1)
          .default('all')
          .describe('Package name, e.g. com.android.deskclock; "all" (default) for every app'),
        format: z.enum(EXPORT_FORMATS).default('json'),
      },
      annotations: { readOnlyHint: true },
    },
    async (args) => {
      try {
        const { text, ...about } = exportFsm(ctx.server.store, args.app, args.format);
        return {
          content: [
            { type: 'text', text: JSON.stringify(about, null, 2) },
            { type: 'text', text },
          ],
          structuredContent: { ...about },
        };
      } catch (error) {
        return toolError(errorText(error));
      }
    },
  );
}
