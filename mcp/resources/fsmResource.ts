/** maple://fsm/{app}/{format}: an app's learned FSM ("all": every app's) in an export format, read from the store. */
import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { EXPORT_FORMATS } from '../../fsm/export/exportFormats.ts';
import { exportFsm, fsmUri } from '../exportFsm.ts';
import type { ToolContext } from '../ToolContext.ts';

export function registerFsmResource(mcp: McpServer, ctx: ToolContext): void {
  const store = ctx.server.store;
  mcp.registerResource(
    'fsm',
    new ResourceTemplate('maple://fsm/{app}/{format}', {
      list: () => ({
        resources: store.apps().flatMap((a) =>
          EXPORT_FORMATS.map((format) => ({
            uri: fsmUri(a.app, format),
            name: `${a.app} FSM (${format})`,
            description: `${a.states} states, ${a.transitions} transitions`,
          })),
        ),
      }),
    }),
    { title: 'Learned FSMs', description: "An app's FSM from the knowledge store, exported" },
    (uri, { app, format }) => {
      const e = exportFsm(store, decodeURIComponent(String(app)), String(format));
      return { contents: [{ uri: uri.href, mimeType: e.mimeType, text: e.text }] };
    },
  );
}
