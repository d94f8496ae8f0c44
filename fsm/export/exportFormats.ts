/** The formats `maple fsm export` writes; a module of its own so the CLI lists them without loading the exporters. */
export const EXPORT_FORMATS = ['xstate', 'mermaid', 'dot', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
