/**
 * An FSM export from the knowledge store (fsm/export): one app's graph, or
 * every app's when `app` is "all", in any export format. Shared by the
 * export_fsm tool and the maple://fsm resources.
 */
import { EXPORT_FORMATS, exportGraphs, type AppGraph, type ExportFormat } from '../fsm/index.ts';
import type { KnowledgeStore } from '../fsm/store/index.ts';
import { McpToolError } from './McpToolError.ts';

export interface FsmExport {
  apps: string[];
  format: ExportFormat;
  uri: string;
  mimeType: string;
  text: string;
  states: number;
  transitions: number;
}

const MIME: Record<ExportFormat, string> = {
  json: 'application/json',
  dot: 'text/vnd.graphviz',
  mermaid: 'text/plain',
  xstate: 'text/javascript',
};

export function fsmUri(app: string, format: ExportFormat): string {
  return `maple://fsm/${encodeURIComponent(app)}/${format}`;
}

export function exportFsm(store: KnowledgeStore, app: string, format: string): FsmExport {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new McpToolError(`unknown export format "${format}"; use one of ${EXPORT_FORMATS.join(', ')}.`);
  const known = store.apps().map((a) => a.app);
  const wanted = app === 'all' ? known : [app];
  const graphs = wanted.map((a) => store.loadGraph(a)).filter((g): g is AppGraph => g !== undefined);
  if (graphs.length === 0)
    throw new McpToolError(
      known.length === 0
        ? 'the knowledge store has no FSM yet; explore an app (maple explore --app <label>) or act on a phone first.'
        : `the store has no FSM of "${app}"; known apps: ${known.join(', ')} (or "all").`,
    );
  const f = format as ExportFormat;
  return {
    apps: graphs.map((g) => g.app),
    format: f,
    uri: fsmUri(app, f),
    mimeType: MIME[f],
    text: exportGraphs(graphs, f, { module: f === 'xstate' }),
    states: graphs.reduce((n, g) => n + Object.keys(g.states).length, 0),
    transitions: graphs.reduce((n, g) => n + Object.keys(g.transitions).length, 0),
  };
}
