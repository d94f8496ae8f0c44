/**
 * maple://trajectory/{run}: a run's trajectory as JSON, its summary and its
 * steps (steps.jsonl, one record per step: action, verdict, FSM states,
 * model calls, timings). Page sources and screenshots stay in the folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { listRuns, runFolder } from '../runFolders.ts';
import type { ToolContext } from '../ToolContext.ts';

export function registerTrajectoryResource(mcp: McpServer, ctx: ToolContext): void {
  const runsDir = ctx.server.runsDir;
  mcp.registerResource(
    'trajectory',
    new ResourceTemplate('maple://trajectory/{run}', {
      list: () => ({
        resources: listRuns(runsDir).map((run) => ({
          uri: `maple://trajectory/${run}`,
          name: `trajectory ${run}`,
          mimeType: 'application/json',
        })),
      }),
    }),
    { title: 'Run trajectories', description: 'A run_task run: summary and steps', mimeType: 'application/json' },
    (uri, { run }) => {
      const dir = runFolder(runsDir, String(run));
      const summaryFile = path.join(dir, 'summary.json');
      const summary: unknown = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : null;
      const steps = readFileSync(path.join(dir, 'steps.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as unknown);
      return {
        contents: [
          { uri: uri.href, mimeType: 'application/json', text: JSON.stringify({ run, dir, summary, steps }, null, 2) },
        ],
      };
    },
  );
}
