/**
 * Reads app graphs from the knowledge store (fsm/ KnowledgeStore). Kept apart
 * from loadGraphs.ts because it is the one place tied to the store's API.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultStoreDir, KnowledgeStore, STORE_FILE_NAME, type AppGraph } from '../../fsm/index.ts';
import { ReportInputError } from '../errors.ts';

export function loadGraphsFromStore(dir: string | undefined): AppGraph[] {
  const resolved = path.resolve(dir ?? defaultStoreDir());
  if (!existsSync(path.join(resolved, STORE_FILE_NAME))) {
    throw new ReportInputError(
      `no knowledge store in ${resolved}: learn an app first (maple run / maple explore), pass --store <dir>, or use --graph <file.json> or --demo`,
    );
  }
  const store = KnowledgeStore.open({ dir: resolved });
  // Graphs re-keyed or dropped after the identity rules changed: say so, the view shows what is left.
  for (const line of store.notices) process.stderr.write(`maple: ${line}\n`);
  try {
    return store
      .apps()
      .map((a) => store.loadGraph(a.app))
      .filter((g): g is AppGraph => g !== undefined);
  } finally {
    store.close();
  }
}
