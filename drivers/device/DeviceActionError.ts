/** A device command failed: carries the command, its arguments and what to try. */
export class DeviceActionError extends Error {
  override name = 'DeviceActionError';
  constructor(
    readonly command: string,
    readonly args: unknown,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(`${command}(${JSON.stringify(args)}) failed: ${message}`);
  }
}
