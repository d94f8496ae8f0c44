/**
 * `navigate_to`: to a known FSM state by name or key, along the learned path,
 * each step verified; no model call. The result says whether it got there,
 * the steps with their verdicts, and where it stopped when it did not.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { describeScreen } from '../describeScreen.ts';
import { findState } from '../findState.ts';
import { navigate } from '../navigate.ts';
import { answer } from '../toolResult.ts';
import { deviceArg, type ToolContext } from '../ToolContext.ts';

export function registerNavigateToTool(mcp: McpServer, ctx: ToolContext): void {
  mcp.registerTool(
    'navigate_to',
    {
      title: 'Navigate to a known screen',
      description:
        'Goes to a screen the FSM knows (its name, or its key from observe or export_fsm) along the learned path, verifying each step, with no model call. Returns reached, the steps, and where it stopped if it did not get there.',
      inputSchema: {
        device: deviceArg,
        state: z.string().min(1).describe('The state\'s name (e.g. "Alarm") or key'),
        app: z.string().optional().describe("Only look among this app's screens (package name)"),
      },
    },
    (args) =>
      answer(async () => {
        const session = ctx.devices.get(args.device);
        return session.exclusive('navigate_to', async () => {
          const target = findState(session.tracker, args.state, args.app);
          const navigation = await navigate(session, target);
          return {
            device: session.id,
            ...navigation,
            modelCalls: 0,
            screen: describeScreen(session.seen!, session.tracker),
          };
        });
      }),
  );
}
