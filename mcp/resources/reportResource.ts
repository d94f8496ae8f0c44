/** maple://report/{run}: a run's HTML report (one self-contained file), written when it is first asked for. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { buildRunReport } from '../../reports/index.ts';
import { listRuns, runFolder } from '../runFolders.ts';
import type { ToolContext } from '../ToolContext.ts';

export function registerReportResource(mcp: McpServer, ctx: ToolContext): void {
  const runsDir = ctx.server.runsDir;
  mcp.registerResource(
    'report',
    new ResourceTemplate('maple://report/{run}', {
      list: () => ({
        resources: listRuns(runsDir).map((run) => ({
          uri: `maple://report/${run}`,
          name: `report ${run}`,
          mimeType: 'text/html',
        })),
      }),
    }),
    { title: 'Run reports', description: 'The HTML report of a run_task run', mimeType: 'text/html' },
    (uri, { run }) => {
      const dir = runFolder(runsDir, String(run));
      const file = path.join(dir, 'report.html');
      if (!existsSync(file)) buildRunReport(dir);
      return { contents: [{ uri: uri.href, mimeType: 'text/html', text: readFileSync(file, 'utf8') }] };
    },
  );
}
