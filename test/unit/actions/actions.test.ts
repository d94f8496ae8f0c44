import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, actionSpec, actionTools, parseAction, ValidationError } from '../../../agent/actions/index.ts';

describe('action tools', () => {
  it('declares every action of the action space as a tool with an object schema', () => {
    const tools = actionTools();
    expect(tools.map((t) => t.name)).toEqual([
      'tap',
      'long_press',
      'type',
      'clear',
      'swipe',
      'scroll',
      'back',
      'home',
      'open_app',
      'switch_app',
      'enter',
      'wait',
      'copy',
      'paste',
      'finish',
    ]);
    for (const t of tools) {
      expect(t.input_schema.type).toBe('object');
      expect(t.input_schema).not.toHaveProperty('$schema');
      expect(t.description.length).toBeGreaterThan(10);
      // Every action can carry its post-condition and reason.
      const props = t.input_schema.properties as Record<string, unknown>;
      expect(props).toHaveProperty('expected');
      expect(props).toHaveProperty('reason');
    }
  });

  it('generates JSON Schema from the same zod schema parseAction uses', () => {
    const tap = actionTools(['tap'])[0]!;
    const props = tap.input_schema.properties as Record<string, { pattern?: string; type?: string }>;
    expect(props.element?.pattern).toBe('^e\\d+$');
    expect(props.x?.type).toBe('integer');
    const finish = actionTools(['finish'])[0]!;
    expect(finish.input_schema.required).toEqual(['success']);
  });

  it("returns copies, so a caller adding cache_control cannot change the next caller's tools", () => {
    const a = actionTools(['back'])[0]!;
    (a as unknown as Record<string, unknown>).cache_control = { type: 'ephemeral' };
    expect(actionTools(['back'])[0]).not.toHaveProperty('cache_control');
  });
});

describe('parseAction', () => {
  it('parses a tap by element with its expected post-condition', () => {
    const r = parseAction('tap', {
      element: 'e12',
      expected: { screen: 'Cart', visible: ['Checkout'] },
      reason: 'open cart',
    });
    expect(r).toEqual({
      ok: true,
      action: { type: 'tap', element: 'e12', expected: { screen: 'Cart', visible: ['Checkout'] }, reason: 'open cart' },
    });
  });

  it('accepts a tap by coordinates and rejects a tap with neither element nor x,y', () => {
    expect(parseAction('tap', { x: 10, y: 20 }).ok).toBe(true);
    const r = parseAction('tap', { x: 10 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBeInstanceOf(ValidationError);
      expect(r.error.name).toBe('ValidationError');
      expect(r.error.message).toContain('give "element"');
    }
  });

  it('says which field is wrong, in words a model can act on', () => {
    const r = parseAction('type', { text: 5, element: 'search box' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(/^Invalid input for "type": /);
      expect(r.error.issues.map((i) => i.path).sort()).toEqual(['element', 'text']);
      expect(r.error.message).toContain('must be an element id from the screen listing');
    }
  });

  it('rejects unknown actions and lists the valid ones', () => {
    const r = parseAction('fly', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('tap, long_press');
  });

  it('validates each action with its own rules', () => {
    expect(parseAction('swipe', { direction: 'up' }).ok).toBe(true);
    expect(parseAction('swipe', { from: { x: 1, y: 2 }, to: { x: 3, y: 400 } }).ok).toBe(true);
    expect(parseAction('swipe', { from: { x: 1, y: 2 } }).ok).toBe(false);
    expect(parseAction('scroll', { direction: 'sideways' }).ok).toBe(false);
    expect(parseAction('open_app', { app: 'Shopping' }).ok).toBe(true);
    expect(parseAction('open_app', { package: 'com.example.shop' }).ok).toBe(true);
    expect(parseAction('open_app', { package: 'not a package' }).ok).toBe(false);
    expect(parseAction('open_app', {}).ok).toBe(false);
    expect(parseAction('wait', { ms: 60_000 }).ok).toBe(false);
    expect(parseAction('copy', {}).ok).toBe(false);
    expect(parseAction('copy', { element: 'e3' }).ok).toBe(true);
    expect(parseAction('clear', {}).ok).toBe(false);
    expect(parseAction('finish', { answer: '$42' }).ok).toBe(false);
    expect(parseAction('finish', { success: true, answer: '$42' })).toEqual({
      ok: true,
      action: { type: 'finish', success: true, answer: '$42' },
    });
    expect(parseAction('back', {})).toEqual({ ok: true, action: { type: 'back' } });
    expect(parseAction('back', null).ok).toBe(false);
  });

  it('ignores an echoed "type" key and unknown extra keys', () => {
    expect(parseAction('home', { type: 'home', note: 'x' })).toEqual({ ok: true, action: { type: 'home' } });
  });
});

describe('actionSpec', () => {
  it('restricts the tools offered and refuses others', () => {
    const spec = actionSpec(['back', 'home']);
    expect(spec.tools.map((t) => t.name)).toEqual(['back', 'home']);
    const refused = spec.parse({ id: 't1', name: 'tap', input: { element: 'e1' } });
    expect(refused).toEqual({ ok: false, message: expect.stringContaining('not available here') });
    expect(spec.parse({ id: 't2', name: 'back', input: {} })).toEqual({ ok: true, value: { type: 'back' } });
    expect(ACTION_NAMES).toHaveLength(15);
  });
});
