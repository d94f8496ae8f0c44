/**
 * A learned task: what a verified run did, kept so a later run of the same
 * request, or of the same request with other values ("text Emma the price of
 * Wingspan" learned, "text Bob the price of Azul" asked), replays it
 * instead of asking a model at every step.
 *
 * The instruction becomes a template whose slots are the values that came
 * from it (typed texts, chosen rows); each subgoal keeps every step that
 * changed the world, with the FSM state it was taken from and led to (the
 * replay checks each), the facts it read and where (re-read on replay, never
 * remembered), and the screen it ended on (checked before the next one
 * starts); the answer keeps where it was read. Plain JSON, versioned, with
 * the identity rules' version that keyed its states.
 */
import type { AbstractAction } from '../AbstractAction.ts';
import type { ElementRef } from '../identity/elementRef.ts';
import type { StateKey } from '../identity/stateKey.ts';

export const SKILL_FORMAT = 'maple.skill';
export const SKILL_VERSION = 1;

/** A value of the instruction that the steps use, named `s1`, `s2`, ... in instruction order. */
export interface SkillSlot {
  name: string;
  /** The value in the run the skill was learnt from. */
  example: string;
}

/** Where a value was read: the element (found again by reference), the kind, which value of that kind. */
export interface SkillFactSource {
  ref: ElementRef;
  kind: 'money' | 'time' | 'date' | 'phone' | 'email' | 'number' | 'text';
  pick: number;
  of: number;
}

export type SkillStep =
  | {
      kind: 'act';
      /** Typed text may hold `{slot:sN}` and `{memory:name}` placeholders. */
      action: AbstractAction;
      /** The FSM state it was taken from, and the one it led to. */
      from?: StateKey;
      to?: StateKey;
      /**
       * A list row chosen because the instruction named it: this row text is slot `slot`'s value
       * (`contains`: the text holds the value among other words, "Oslo – Wikipedia" for "Oslo"; `template`:
       * the text is made of several values, "{slot:s2}, {slot:s3}" for "Wednesday, June 11", or shows a
       * number padded, "{slot:s1:2}:{slot:s2}" for "07:15").
       */
      row?: { slot: string; text: string; contains?: boolean; template?: string };
      /**
       * A run of keypad taps (a calculator's digits, a dialer) that entered slot `slot`'s value key by key,
       * `typed` as learnt ("64.5" for "$64.50"); `action` is its first key. A replay presses the new
       * value's keys, each found on screen by its label.
       */
      keys?: { slot: string; typed: string };
      /**
       * Why this step is the model's on replay: its typed text holds a value the run worked out (a
       * subtotal, a number read and computed) that is neither a slot nor a remembered fact.
       */
      ask?: string;
    }
  | { kind: 'read'; fact: string; source: SkillFactSource; from?: StateKey };

export interface SkillSubgoal {
  /** The app (package) the subgoal ends in, and its launcher label when known. */
  app: string;
  label?: string;
  /** The planner's words, with slot values as `{sN}`. */
  goal: string;
  steps: SkillStep[];
  /** The FSM state it ended in, and that screen's title: checked before the next subgoal. */
  end?: { state?: StateKey; title?: string };
}

export interface Skill {
  /** Stable id: a hash of the template and the apps. */
  id: string;
  /** The instruction with slot values as `{sN}`. */
  template: string;
  slots: SkillSlot[];
  subgoals: SkillSubgoal[];
  /** The answer the task gave: its words with the value as `{value}`, and where the value was read. */
  answer?: { template: string; source: SkillFactSource };
  /** The task ended with an answer, even when where it was read is unknown: a replay must answer too. */
  answered?: boolean;
  /** The screen-identity rules' version that keyed `from`, `to` and `end` (fsm/identity). */
  identityVersion: number;
  successes: number;
  failures: number;
  createdAt: number;
  updatedAt: number;
}
