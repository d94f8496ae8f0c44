/** Importers of other tools' exploration graphs. */
export { importDroidbot, type DroidbotImport, type DroidbotImportOptions, type ImportedScreen } from './droidbot.ts';
export {
  deviceSizeOf,
  droidbotStateToScreen,
  splitComponent,
  type DroidbotState,
  type DroidbotView,
} from './droidbotScreen.ts';
export { readDroidbotTrace, type DroidbotTrace } from './readDroidbotTrace.ts';
