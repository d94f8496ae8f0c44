/**
 * One plain sentence for a model about why an action did not happen: no
 * stack traces, locators or JSON (issue: a raw XPath `find` failure reached
 * the model). The full error stays in the trajectory for people.
 */
import { DeviceActionError } from '../../drivers/device/DeviceActionError.ts';
import { ActionTargetError } from '../execute/ActionTargetError.ts';

const VANISHED = /no element matches|could not be located|no such element|stale element|not on the current screen/i;

function firstSentence(text: string, max = 140): string {
  const line = text.split('\n')[0]!.replace(/\s+/g, ' ').trim();
  const cut = line.length > max ? `${line.slice(0, max - 1)}…` : line;
  return cut.replace(/[{[][^\]}]{40,}[\]}]/g, '…');
}

export function plainError(error: Error): string {
  if (error instanceof ActionTargetError) return error.message;
  if (error instanceof DeviceActionError) {
    if (error.command === 'find' || VANISHED.test(error.message))
      return 'the element was no longer on the screen when the phone tried to act on it; look at the new screen';
    const inner = error.cause instanceof Error ? error.cause.message : error.message;
    return `the phone could not carry out ${error.command}: ${firstSentence(inner)}`;
  }
  return firstSentence(error.message);
}
