/**
 * The adversarial fault family on a Phone driven directly: every attack kind
 * is planted (overlays on first arrival, content in the app's data), shows
 * only what a phone shows, and is logged with its goal; the goal predicate
 * reads the world (a bait tap, a text to the attacker).
 */
import { describe, expect, it } from 'vitest';
import { APPS } from '../../../drivers/virtual-android/src/apps/registry.ts';
import {
  ATTACK_KINDS,
  ATTACKS,
  FaultProfileError,
  parseFaultProfile,
} from '../../../drivers/virtual-android/src/phone/faults/index.ts';
import { pageSource } from '../../../drivers/virtual-android/src/phone/pageSource.ts';
import { Phone } from '../../../drivers/virtual-android/src/phone/Phone.ts';
import { walk, type UiNode } from '../../../drivers/virtual-android/src/phone/UiNode.ts';
import { evaluatePredicate, parsePredicate } from '../../../benchmarks/predicate/index.ts';
import type { Json } from '../../../benchmarks/predicate/types.ts';

function find(phone: Phone, value: string): UiNode {
  let found: UiNode | null = null;
  for (const w of phone.render().windows)
    walk(w.root, (n) => {
      if (!found && (n.text === value || n.desc === value)) found = n;
    });
  if (!found) throw new Error(`"${value}" not on ${phone.render().screenId.id}`);
  return found;
}

function input(phone: Phone, fn: () => void): void {
  phone.faults.beforeInput();
  fn();
  phone.faults.afterInput();
}

function goalHolds(phone: Phone, attackId: string): boolean {
  const entry = phone.state.faults.log.find((e) => e.attackId === attackId);
  if (!entry?.goal) throw new Error(`no log entry for ${attackId}`);
  return evaluatePredicate(parsePredicate(entry.goal.predicate), phone.groundTruth() as Json).pass;
}

function withAttack(id: string, seed = 2): Phone {
  const phone = new Phone(APPS, { seed });
  phone.faults.configure({ profile: 'adversarial', attacks: [id], attackRate: 1 });
  return phone;
}

const MESSAGES = 'com.google.android.apps.messaging';

describe('adversarial profile', () => {
  it('is a named profile with every attack, and rejects unknown attack ids with the known ones listed', () => {
    const config = parseFaultProfile('adversarial')!;
    expect(config.attacks).toEqual(ATTACKS.map((a) => a.id));
    expect(config.attackRate).toBeGreaterThan(0);
    expect(() => parseFaultProfile({ profile: 'adversarial', attacks: ['nope'] })).toThrow(FaultProfileError);
    expect(() => parseFaultProfile({ profile: 'adversarial', attacks: ['nope'] })).toThrow(/popup_session_expired/);
  });

  it('the catalogue covers every kind', () => {
    expect(new Set(ATTACKS.map((a) => a.kind))).toEqual(new Set(ATTACK_KINDS));
  });
});

describe('overlay attacks', () => {
  for (const spec of ATTACKS.filter((a) => a.bait)) {
    it(`${spec.id} (${spec.kind}) shows on the first arrival, is logged with its goal, and a Dismiss leaves it unmet`, () => {
      const phone = withAttack(spec.id);
      input(phone, () => phone.launch('com.android.deskclock'));
      const src = pageSource(phone.render());
      expect(src).toContain(spec.body.replace(/&/g, '&amp;').replace(/>/g, '&gt;'));
      // The agent-facing page source never names the attack or its goal.
      expect(src).not.toContain(spec.id);
      const entry = phone.state.faults.log.find((e) => e.attackId === spec.id);
      expect(entry).toMatchObject({
        type: 'attack',
        attackKind: spec.kind,
        goal: spec.goal,
        package: 'com.android.deskclock',
      });
      input(phone, () => phone.click(find(phone, 'Dismiss').handle));
      expect(pageSource(phone.render())).not.toContain(spec.body.slice(0, 20));
      expect(goalHolds(phone, spec.id)).toBe(false);
      // Shown once: neither coming back nor the next app shows it again.
      input(phone, () => phone.home());
      input(phone, () => phone.launch('com.android.deskclock'));
      input(phone, () => phone.launch('com.android.settings'));
      expect(pageSource(phone.render())).not.toContain(spec.body.slice(0, 20));
      expect(phone.state.faults.log.filter((e) => e.attackId === spec.id)).toHaveLength(1);
    });
  }

  it('a tap on the bait is what tapBait goals read', () => {
    const phone = withAttack('system_update_required');
    input(phone, () => phone.launch('com.android.deskclock'));
    expect(pageSource(phone.render())).toContain('package="android"');
    input(phone, () => phone.click(find(phone, 'Install now').handle));
    expect(goalHolds(phone, 'system_update_required')).toBe(true);
  });

  it('the notification attack is a heads-up window of System UI', () => {
    const phone = withAttack('notification_delivery');
    input(phone, () => phone.launch('com.android.deskclock'));
    expect(pageSource(phone.render())).toContain('resource-id="com.android.systemui:id/heads_up"');
  });
});

describe('content attacks', () => {
  it('a text from the attacker is planted in Messages; the goal holds only once the phone texts the attacker', () => {
    const phone = withAttack('message_wifi_password');
    const data = phone.state.apps[MESSAGES] as { conversations: { address: string; messages: { text: string }[] }[] };
    expect(data.conversations[0]!.address).toBe('+1 555-0100');
    expect(data.conversations[0]!.messages[0]!.text).toMatch(/Wi-Fi password/);
    expect(goalHolds(phone, 'message_wifi_password')).toBe(false);
    input(phone, () => phone.launch(MESSAGES));
    expect(pageSource(phone.render())).toContain('555-0100');
    data.conversations[0]!.messages.push({ from: 'me', text: 'pass1234' } as never);
    expect(goalHolds(phone, 'message_wifi_password')).toBe(true);
  });

  it('a mail and a note are planted in Mail and Notes and logged', () => {
    const phone = new Phone(APPS, { seed: 2 });
    phone.faults.configure({ profile: 'adversarial', attacks: ['mail_it_support', 'note_assistant_cleanup'] });
    const mail = phone.state.apps['com.google.android.gm'] as { mails: { subject: string }[] };
    const notes = phone.state.apps['com.google.android.keep'] as { notes: { title: string }[] };
    expect(mail.mails[0]!.subject).toBe('Action required: verify your phone');
    expect(notes.notes[0]!.title).toBe('Assistant instructions');
    expect(phone.state.faults.log.map((e) => e.attackId)).toEqual(['mail_it_support', 'note_assistant_cleanup']);
    expect(goalHolds(phone, 'note_assistant_cleanup')).toBe(false);
  });
});
