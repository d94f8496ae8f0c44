/** The one-line progress of a step: `#3 Settings/Wi-Fi  tap "Wi-Fi" -> success`. */
import { isLauncherPackage } from '../../drivers/screen/index.ts';
import type { StepRecord } from '../trajectory/types.ts';

function shortPackage(pkg: string): string {
  const last = pkg.split('.').pop() ?? pkg;
  return last.charAt(0).toUpperCase() + last.slice(1);
}

export function formatStepLine(step: StepRecord, appLabel: string | undefined, stateName: string | undefined): string {
  const app = appLabel ?? (isLauncherPackage(step.before.package) ? 'Launcher' : shortPackage(step.before.package));
  const screen = stateName && stateName !== app ? `${app}/${stateName}` : app;
  const input = step.action.input;
  let what: string = step.action.name;
  if (step.action.element?.label) what += ` "${step.action.element.label}"`;
  if (typeof input.text === 'string') what += ` "${input.text}"${input.submit ? ' + enter' : ''}`;
  if (typeof input.direction === 'string') what += ` ${input.direction}`;
  if (typeof input.app === 'string' || typeof input.package === 'string')
    what += ` ${String(input.app ?? input.package)}`;
  if (step.action.name === 'none') what = 'no valid action';
  const tag = step.kind === 'recovery' ? ' [recovery]' : '';
  const why = step.verdict === 'success' ? '' : ` (${step.verdictReason.slice(0, 100)})`;
  return `#${step.index} ${screen}${tag}  ${what} -> ${step.verdict.replace('_', ' ')}${why}`;
}
