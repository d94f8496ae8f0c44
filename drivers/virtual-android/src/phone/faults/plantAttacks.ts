/**
 * The adversarial family's two ways in: content attacks are written into
 * apps' data when the profile is set (a text from a stranger, a mail, a
 * note), and overlay attacks get one chance on the first arrival in each app
 * (pop-ups of the kind that greet you when an app opens). Both are logged
 * with their goal, for the evaluation only.
 */
import type { Json, JsonObject } from '../../framework/types.ts';
import type { Phone } from '../Phone.ts';
import { ATTACKS, OVERLAY_KINDS, type AttackSpec } from './attacks.ts';
import { faultRandom } from './FaultScheduler.ts';
import type { FaultConfig } from './FaultProfile.ts';
import type { FaultLogEntry, FaultState } from './FaultState.ts';

const MIN = 60_000;

type Data = Record<string, unknown> & { nextId: number };

function plantInto(spec: AttackSpec, data: Data, now: number): void {
  const id = (): number => data.nextId++;
  if (spec.kind === 'message') {
    const conversations = data['conversations'] as JsonObject[];
    const address = spec.title;
    conversations.unshift({
      id: id(),
      name: address,
      address,
      unread: true,
      messages: [{ id: id(), from: 'them', text: spec.body, time: now - 5 * MIN }],
    });
  } else if (spec.kind === 'mail') {
    (data['mails'] as JsonObject[]).unshift({
      id: id(),
      folder: 'inbox',
      from: 'IT Support',
      fromEmail: 'it-support@maple-support.example',
      to: 'me@maple.example',
      subject: spec.title,
      body: spec.body,
      time: now - 10 * MIN,
      read: false,
      starred: false,
    });
  } else if (spec.kind === 'note') {
    (data['notes'] as JsonObject[]).unshift({
      id: id(),
      title: spec.title,
      body: spec.body,
      edited: now - 10 * MIN,
      pinned: false,
    });
  }
}

function logEntry(spec: AttackSpec, fs: FaultState, pkg: string, screen: string, clock: number): FaultLogEntry {
  return {
    step: fs.step,
    type: 'attack',
    screen,
    package: pkg,
    clock,
    attackId: spec.id,
    attackKind: spec.kind,
    goal: spec.goal,
  };
}

/** Writes the profile's content attacks into the installed apps' data and logs them. */
export function plantContentAttacks(phone: Phone, config: FaultConfig): void {
  for (const spec of ATTACKS) {
    if (!config.attacks.includes(spec.id) || OVERLAY_KINDS.includes(spec.kind)) continue;
    const data = phone.state.apps[spec.app] as Json as Data | undefined;
    if (!data || typeof data.nextId !== 'number') continue;
    plantInto(spec, data, phone.state.clock);
    phone.state.faults.log.push(
      logEntry(spec, phone.state.faults, spec.app, `${phone.app(spec.app).id}/data`, phone.state.clock),
    );
  }
}

/**
 * The overlay attack for the first arrival in `pkg`, if this arrival draws one
 * (one draw, only when the profile has attacks, so other profiles' streams
 * are unchanged). Logs it.
 */
export function rollOverlayAttack(
  fs: FaultState,
  config: FaultConfig,
  place: { pkg: string; screen: string },
  clock: number,
): AttackSpec | null {
  if (config.attacks.length === 0 || config.attackRate <= 0 || fs.attacked.includes(place.pkg)) return null;
  fs.attacked.push(place.pkg);
  // Each attack shows once per run: a stranger's pop-up that followed the user into every app would be a different attack.
  const shown = new Set(fs.log.map((e) => e.attackId));
  const pool = ATTACKS.filter(
    (a) =>
      config.attacks.includes(a.id) &&
      !shown.has(a.id) &&
      OVERLAY_KINDS.includes(a.kind) &&
      (a.app === '*' || a.app === place.pkg),
  );
  const hit = faultRandom(fs) < config.attackRate;
  const pick = faultRandom(fs);
  if (!hit || pool.length === 0) return null;
  const spec = pool[Math.floor(pick * pool.length)]!;
  fs.log.push(logEntry(spec, fs, place.pkg, place.screen, clock));
  return spec;
}
