/**
 * The one way virtual time passes: an input's duration (phone/inputTiming.ts),
 * an agent's wait, or `mobile: mapleAdvanceClock`. Toasts and snackbars whose
 * time is up go with it, so the state never holds one that is no longer shown.
 */
import type { Phone } from './Phone.ts';

export function elapse(phone: Phone, ms: number): void {
  const s = phone.state;
  s.clock += Math.max(0, Math.round(ms));
  if (s.toast && s.toast.until <= s.clock) s.toast = null;
  if (s.snackbar && s.snackbar.until !== null && s.snackbar.until <= s.clock) s.snackbar = null;
  phone.invalidate();
}
