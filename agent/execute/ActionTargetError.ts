/** An action names something the current screen does not have (an element id, an app icon). */
export class ActionTargetError extends Error {
  override readonly name = 'ActionTargetError';
  constructor(
    readonly action: string,
    readonly target: string,
    detail: string,
  ) {
    super(`${action}: ${detail}. Pick an element id from the current screen listing (or an app from the launcher).`);
  }
}
