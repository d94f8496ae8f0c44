/** Exploration could not start or go on: the app is unknown, or the device never showed it. */
export class ExploreError extends Error {
  override name = 'ExploreError';
}
