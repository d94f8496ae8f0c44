/** Exporters of app FSMs: xstate, mermaid, dot, json. */
import { FsmFormatError } from '../errors.ts';
import type { AppGraph } from '../graph/AppGraph.ts';
import { exportDot } from './exportDot.ts';
import { exportJson } from './exportJson.ts';
import { exportMermaid } from './exportMermaid.ts';
import { exportXState } from './exportXState.ts';
import { EXPORT_FORMATS } from './exportFormats.ts';

export { exportDot, dotString } from './exportDot.ts';
export { exportJson, parseFsmBundle, FSM_BUNDLE_FORMAT, FSM_BUNDLE_VERSION, type FsmBundle } from './exportJson.ts';
export { exportMermaid, mermaidText } from './exportMermaid.ts';
export { exportXState, xstateConfigOf, type MultiAppMachineConfig } from './exportXState.ts';
export { actionCaption } from './actionCaption.ts';

export { EXPORT_FORMATS, type ExportFormat } from './exportFormats.ts';

export function exportGraphs(graphs: AppGraph[], format: string, options: { module?: boolean } = {}): string {
  switch (format) {
    case 'xstate':
      return exportXState(graphs, options);
    case 'mermaid':
      return exportMermaid(graphs);
    case 'dot':
      return exportDot(graphs);
    case 'json':
      return exportJson(graphs);
    default:
      throw new FsmFormatError(
        `unknown export format ${JSON.stringify(format)}; use one of ${EXPORT_FORMATS.join(', ')}`,
      );
  }
}
