/**
 * Device chatter goes to a log file, the terminal gets one line. WebdriverIO
 * writes its log to the file named by WDIO_LOG_PATH (and then not to the
 * terminal); a failure to open the device becomes one CliError naming what
 * failed, what to try, and where the details are.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CliError } from './CliError.ts';

/** Sends WebdriverIO's log to `file` for the rest of this process; returns the file. */
export function routeDeviceLogs(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  process.env['WDIO_LOG_PATH'] = file;
  return file;
}

/** The gist of a WebDriver error message: the server's own words, without the request it was answering. */
function gist(message: string): string {
  const details = /A new session could not be created\. Details: (.*?)(?: when running "|$)/s.exec(message)?.[1];
  return (details ?? message)
    .replace(/ when running "[^"]*" with method "[A-Z]+"/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One line for a device that could not be opened at `device`: what failed and what to try. */
export function deviceOpenError(error: unknown, device: string, logFile: string | undefined): CliError {
  const message = error instanceof Error ? error.message : String(error);
  const where = logFile ? ` (details: ${logFile})` : '';
  if (/Failed to fetch|ECONNREFUSED|fetch failed|ENOTFOUND|EHOSTUNREACH|socket hang up/i.test(message))
    return new CliError(
      `no Appium server answers at ${device}: start one (maple device start, or appium) or check --device; --device virtual needs none${where}`,
      3,
    );
  return new CliError(`the device at ${device} could not be opened: ${gist(message)}${where}`, 3);
}
