/**
 * Raised by the phone when input cannot be applied (no such app, stale
 * element, no focused field...). The driver maps `code` to Appium's errors.
 */
export type PhoneErrorCode =
  | 'InvalidRegistry'
  | 'NoSuchApp'
  | 'NoSuchActivity'
  | 'NoSuchScreen'
  | 'NoSuchDialog'
  | 'NoSuchTask'
  | 'NoSuchAction'
  | 'CorruptState'
  | 'LayoutError'
  | 'StaleElement'
  | 'InvalidElementState'
  | 'NoFocusedField'
  | 'NotScrollable';

export class PhoneError extends Error {
  override name = 'PhoneError';
  constructor(
    readonly code: PhoneErrorCode,
    message: string,
  ) {
    super(message);
  }
}
