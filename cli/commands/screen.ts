/**
 * `maple screen <file.xml> [--json]`: parse a page-source dump and print what
 * perception sees, as the compact text models read or as the Screen JSON.
 * Exit code 2 when the file cannot be read or is not a usable dump.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { PageSourceWarning } from '../../drivers/screen/index.ts';

interface ScreenCommandOptions {
  json?: boolean;
  budget?: string;
  keyboardKeys?: boolean;
}

export function registerScreen(program: Command): void {
  program
    .command('screen')
    .description(
      'Parse a UI dump (uiautomator or Appium page source) and print the compact screen, or the Screen as JSON',
    )
    .argument('<file>', 'page-source XML file')
    .option('--json', 'print the parsed Screen as JSON (windows, elements with locators and signatures)')
    .option('--budget <chars>', 'character budget of the compact text', '6000')
    .option('--keyboard-keys', 'list keyboard keys one by one in the compact text')
    .action(async (file: string, options: ScreenCommandOptions) => {
      process.exitCode = await runScreen(file, options);
    });
}

async function runScreen(file: string, options: ScreenCommandOptions): Promise<number> {
  const { PageSourceError, parsePageSource, renderCompact } = await import('../../drivers/screen/index.ts');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const why =
      error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
    process.stderr.write(`maple screen: cannot read ${file} (${why}). Pass the path of a page-source XML file.\n`);
    return 2;
  }
  const budget = Number(options.budget ?? 6000);
  if (!Number.isInteger(budget) || budget <= 0) {
    process.stderr.write(
      `maple screen: --budget must be a positive whole number of characters, got "${options.budget}".\n`,
    );
    return 2;
  }
  const warnings: PageSourceWarning[] = [];
  try {
    const screen = parsePageSource(bytes, { onWarning: (w) => warnings.push(w) });
    for (const w of warnings) process.stderr.write(`maple screen: warning: ${w.message}\n`);
    if (options.json) process.stdout.write(`${JSON.stringify(screen, null, 2)}\n`);
    else
      process.stdout.write(
        `${renderCompact(screen, { budgetChars: budget, keyboardKeys: options.keyboardKeys === true })}\n`,
      );
    return 0;
  } catch (error) {
    if (error instanceof PageSourceError) {
      process.stderr.write(`maple screen: ${file}: ${error.name} [${error.reason}]: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
