/** Screen identity: state keys, element signatures, static text, and the version of the rules. */
export { stateKey, keyOfFeatures, defaultStateName, type StateKey, type StateKeyResult } from './stateKey.ts';
export { analyzeScreen, DEFAULT_IGNORED_WINDOWS, type IdentityOptions, type ScreenAnalysis } from './analyzeScreen.ts';
export { type ElementSignature, shortResourceId, shortClassName, isListItemSignature } from './elementSignature.ts';
export { staticLabel, isDynamicText } from './staticText.ts';
export { measureIdentity, type IdentityMeasurement, type LabelledObservation } from './measureIdentity.ts';
export { IDENTITY_VERSION } from './identityVersion.ts';
export { stateName, uniqueStateName, activityWords } from './stateName.ts';
export { elementRef, parseElementRef, ELEMENT_REF_VERSION, type ElementRef, type RowRef } from './elementRef.ts';
export { reidentify, type Reidentified, type FoundHow, type NotFoundWhy } from './reidentify.ts';
export { type RowField, type FieldKind, fieldKind } from './rowContent.ts';
export type { ElementKind } from './screenIndex.ts';
