/** Model-free systematic exploration of an app on a device (`maple explore`). */
export { explore, type ExploreOptions, type ExploreProgress, type ExploreResult, type ExploreStep } from './explore.ts';
export { candidateActions, topInteractiveWindow, PLACEHOLDER_TEXT, type Candidate } from './candidateActions.ts';
export { performAction, relaunchApp } from './performAction.ts';
export { openAppByName } from './resolveApp.ts';
export { ExploreError } from './errors.ts';
