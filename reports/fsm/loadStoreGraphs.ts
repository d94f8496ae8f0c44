/**
 * Reads every app graph from the knowledge store. Kept apart from
 * loadGraphs.ts because it is the one place tied to the store's API.
 */
import type { AppGraph } from '../../fsm/graph/AppGraph.ts';
import { ReportInputError } from '../errors.ts';

export async function loadGraphsFromStore(dir: string | undefined): Promise<AppGraph[]> {
  // The store module (fsm/store) is being written alongside; until it exports a reader this says so plainly.
  throw new ReportInputError(
    `reading the knowledge store${dir ? ` at ${dir}` : ''} is not wired yet: export the graphs with "maple fsm export --format json --out g.json" and run "maple fsm view --graph g.json", or try "maple fsm view --demo"`,
  );
}
