/**
 * `act`: one action in the agent's own action schema (the `act` tool its
 * models use, less `finish`), verified the agent's way: the FSM's prediction,
 * the action, the new screen, the verifier's verdict (success, no_change or
 * fail, with the rule that decided), all in the result. Unknown elements and
 * malformed actions are tool errors that say what to fix.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { ACTION_NAMES, actionTool, parseAction } from '../../agent/actions/index.ts';
import { describeAction } from '../../agent/run/describeAction.ts';
import { actStep } from '../actStep.ts';
import { describeScreen } from '../describeScreen.ts';
import { McpToolError } from '../McpToolError.ts';
import { answer } from '../toolResult.ts';
import { deviceArg, type ToolContext } from '../ToolContext.ts';

/** finish ends a run; a client that drives the phone step by step has no run to end. */
const NAMES = ACTION_NAMES.filter((n) => n !== 'finish');

export function registerActTool(mcp: McpServer, ctx: ToolContext): void {
  const tool = actionTool(NAMES);
  const schema = (z.fromJSONSchema(tool.input_schema as Parameters<typeof z.fromJSONSchema>[0]) as z.ZodObject).extend({
    device: deviceArg,
  });
  mcp.registerTool(
    'act',
    {
      title: 'Act on the phone',
      description: `${tool.description}\nElement ids come from the latest observe (or act) listing. The result has the verifier's verdict and the new screen.`,
      inputSchema: schema,
    },
    (args: Record<string, unknown>) =>
      answer(async () => {
        const { device, action: name, ...fields } = args;
        const parsed = parseAction(String(name), fields);
        if (!parsed.ok) throw new McpToolError(`${parsed.error.message}. Fix the call and try again.`);
        const session = ctx.devices.get(device as string | undefined);
        return session.exclusive('act', async () => {
          const { acted, outcome } = await actStep(session, parsed.action, parsed.action.reason ?? 'a client action');
          return {
            device: session.id,
            did: describeAction(acted.action, acted.element),
            verdict: outcome.verdict,
            reason: outcome.reason,
            ...(outcome.cause ? { cause: outcome.cause } : {}),
            ...(outcome.rule ? { rule: outcome.rule } : {}),
            ...(outcome.predicted !== undefined ? { predicted: outcome.predicted } : {}),
            ...(acted.interrupted ? { interrupted: true } : {}),
            ...describeScreen(session.seen!, session.tracker),
          };
        });
      }),
  );
}
