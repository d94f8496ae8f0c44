/** Entry point named in the design: the app graph lives in ./graph. */
export * from './graph/index.ts';
