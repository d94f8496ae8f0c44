/** Importers of other tools' exploration graphs. */
export { importDroidbot, type DroidbotImport, type DroidbotImportOptions } from './droidbot.ts';
export { droidbotStateToScreen, splitComponent, type DroidbotState, type DroidbotView } from './droidbotScreen.ts';
