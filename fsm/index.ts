/** The FSM memory: screen identity, the app graph, the live machine, the store, import and export. */
export * from './identity/index.ts';
