import { describe, expect, it } from 'vitest';
import {
  ACT_TOOL,
  ACTION_NAMES,
  actionSpec,
  actionTool,
  parseAction,
  ValidationError,
} from '../../../agent/actions/index.ts';
import { subgoalDoneTool } from '../../../agent/prompts/index.ts';

type Schema = { type?: string; enum?: string[]; $ref?: string; properties?: Record<string, Schema> };

describe('the act tool', () => {
  it('offers every action of the action space through one tool, "action" naming it', () => {
    const tool = actionTool();
    expect(tool.name).toBe(ACT_TOOL);
    expect(tool.input_schema.type).toBe('object');
    expect(tool.input_schema).not.toHaveProperty('$schema');
    expect(tool.input_schema.required).toEqual(['action']);
    const props = tool.input_schema.properties as Record<string, Schema>;
    expect(props.action!.enum).toEqual(ACTION_NAMES);
    // One line per action in the description, naming its own fields (optional ones with "?").
    for (const name of ACTION_NAMES) expect(tool.description).toMatch(new RegExp(`^- ${name}[(:]`, 'm'));
    expect(tool.description).toContain('- type(text, element?, submit?):');
    expect(tool.description).toContain('- back: ');
  });

  it('defines the condition schema once and refers to it from precondition and expected', () => {
    const schema = actionTool().input_schema as unknown as {
      properties: Record<string, Schema>;
      $defs: Record<string, Schema>;
    };
    expect(schema.properties.precondition!.$ref).toBe('#/$defs/condition');
    expect(schema.properties.expected!.$ref).toBe('#/$defs/condition');
    expect(Object.keys(schema.$defs.condition!.properties!)).toEqual(['screen', 'visible', 'absent']);
    // The whole condition schema is written once.
    expect(JSON.stringify(schema).match(/"absent"/g)).toHaveLength(1);
  });

  it('states the semantics models rely on: type replaces, open_app has fresh, precondition names the element', () => {
    const tool = actionTool();
    expect(tool.description).toMatch(/type\(.*Replaces the field's text/);
    expect(tool.description).toMatch(/open_app\(app\?, package\?, fresh\?\)/);
    const props = tool.input_schema.properties as Record<string, { description?: string }>;
    expect(props.precondition!.description).toMatch(/visible = the label of the element you mean/);
    expect(props.expected!.description).toMatch(/visible.*absent/);
  });

  it('is generated from the zod schemas, slimmed to types and descriptions (bounds stay with the validator)', () => {
    const props = actionTool().input_schema.properties as Record<string, Schema & { pattern?: string }>;
    expect(props.x!.type).toBe('integer');
    expect(props.direction!.enum).toEqual(['up', 'down', 'left', 'right']);
    expect(props.element!.type).toBe('string');
    expect(props.element).not.toHaveProperty('pattern');
    expect(parseAction('tap', { element: 'Display' }).ok).toBe(false);
  });

  it('fits all tools of the executor in 1.2k tokens (at 4 characters a token)', () => {
    const tools = [actionTool(), ...subgoalDoneTool.tools];
    expect(JSON.stringify(tools).length / 4).toBeLessThanOrEqual(1200);
  });

  it("returns copies, so a caller adding cache_control cannot change the next caller's tool", () => {
    const a = actionTool(['back']);
    (a as unknown as Record<string, unknown>).cache_control = { type: 'ephemeral' };
    expect(actionTool(['back'])).not.toHaveProperty('cache_control');
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
  it('offers only the given actions and refuses others, saying which are available', () => {
    const spec = actionSpec(['back', 'home']);
    expect(spec.tools.map((t) => t.name)).toEqual([ACT_TOOL]);
    expect((spec.tools[0]!.input_schema.properties as Record<string, Schema>).action!.enum).toEqual(['back', 'home']);
    const refused = spec.parse({ id: 't1', name: ACT_TOOL, input: { action: 'tap', element: 'e1' } });
    expect(refused).toEqual({ ok: false, message: expect.stringContaining('"tap" is not available here') });
    expect(refused).toEqual({ ok: false, message: expect.stringContaining('use one of: back, home') });
    expect(spec.parse({ id: 't2', name: ACT_TOOL, input: { action: 'back' } })).toEqual({
      ok: true,
      value: { type: 'back' },
    });
    expect(ACTION_NAMES).toHaveLength(15);
  });

  it('turns an act call into the validated action, and says what is wrong with a bad one', () => {
    const spec = actionSpec();
    expect(
      spec.parse({ id: 't', name: ACT_TOOL, input: { action: 'type', text: 'Catan', element: 'e4', submit: true } }),
    ).toEqual({ ok: true, value: { type: 'type', text: 'Catan', element: 'e4', submit: true } });
    expect(spec.parse({ id: 't', name: ACT_TOOL, input: { element: 'e4' } })).toEqual({
      ok: false,
      message: expect.stringContaining('missing "action"'),
    });
    expect(spec.parse({ id: 't', name: ACT_TOOL, input: { action: 'tap', element: 'Display' } })).toEqual({
      ok: false,
      message: expect.stringMatching(/^Invalid input for "tap": element: must be an element id/),
    });
    expect(spec.parse({ id: 't', name: 'tap', input: { element: 'e1' } })).toEqual({
      ok: false,
      message: expect.stringContaining('call "act"'),
    });
  });
});
