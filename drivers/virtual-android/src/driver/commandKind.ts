/**
 * Sorts driver commands for fault injection: inputs (one fault step each;
 * screen arrivals are judged after them), observations (page sources, which
 * slow loads count) and everything else (finds, reads, maple control).
 */
const INPUT_COMMANDS = new Set([
  'click',
  'setValue',
  'replaceValue',
  'clear',
  'performActions',
  'back',
  'activateApp',
  'terminateApp',
  'hideKeyboard',
  'keys',
  'pressKeyCode',
  'longPressKeyCode',
]);

const INPUT_SCRIPTS = new Set([
  'mobile: clickGesture',
  'mobile: longClickGesture',
  'mobile: doubleClickGesture',
  'mobile: swipeGesture',
  'mobile: scrollGesture',
  'mobile: flingGesture',
  'mobile: pressKey',
  'mobile: activateApp',
  'mobile: terminateApp',
  'mobile: startActivity',
  'mobile: hideKeyboard',
]);

export type CommandKind = 'input' | 'observe' | 'other';

export function commandKind(cmd: string, args: unknown[]): CommandKind {
  if (cmd === 'getPageSource') return 'observe';
  if (INPUT_COMMANDS.has(cmd)) return 'input';
  if (cmd === 'execute') {
    const script = String(args[0] ?? '')
      .trim()
      .replace(/^mobile:\s*/, 'mobile: ');
    return INPUT_SCRIPTS.has(script) ? 'input' : 'other';
  }
  return 'other';
}
