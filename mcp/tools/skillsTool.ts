/** `skills`: the tasks the agent learned (run_task replays them): template, parameters, apps, record. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { answer } from '../toolResult.ts';
import type { ToolContext } from '../ToolContext.ts';

export function registerSkillsTool(mcp: McpServer, ctx: ToolContext): void {
  mcp.registerTool(
    'skills',
    {
      title: 'Learned tasks',
      description:
        'The tasks learned from verified runs: each as a template whose {sN} parameters take other values (run_task with such an instruction replays it), the apps it goes through, and how often it worked.',
      annotations: { readOnlyHint: true },
    },
    () =>
      answer(async () => ({
        skills: ctx.server.store.skills().map((s) => ({
          id: s.id,
          template: s.template,
          parameters: s.slots.map((slot) => ({ name: slot.name, example: slot.example })),
          apps: [...new Set(s.subgoals.map((g) => g.label ?? g.app))],
          steps: s.subgoals.reduce((n, g) => n + g.steps.length, 0),
          successes: s.successes,
          failures: s.failures,
        })),
      })),
  );
}
