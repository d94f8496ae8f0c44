/** navigate_to's lookup of a known state by key or name, and the errors that say what would match. */
import { describe, expect, it } from 'vitest';
import { FsmTracker, syntheticGraph } from '../../../fsm/index.ts';
import { findState } from '../../../mcp/findState.ts';
import { McpToolError } from '../../../mcp/McpToolError.ts';

const graph = syntheticGraph({ states: 30, app: 'com.example.notes' });
const other = syntheticGraph({ states: 3, app: 'com.example.mail' });
const tracker = new FsmTracker({ graphs: [graph, other] });
const keyOf = (app: typeof graph, name: string): string => Object.values(app.states).find((s) => s.name === name)!.key;

function errorOf(body: () => unknown): string {
  try {
    body();
  } catch (error) {
    expect(error).toBeInstanceOf(McpToolError);
    return (error as Error).message;
  }
  throw new Error('expected a McpToolError');
}

describe('findState', () => {
  it('finds a state by its key or a unique start of it', () => {
    const key = keyOf(graph, 'Screen 12');
    expect(findState(tracker, key)).toEqual({ key, name: 'Screen 12', app: 'com.example.notes' });
    expect(findState(tracker, key.slice(0, 8)).key).toBe(key);
  });

  it('prefers an exact name (any case) to names that contain it', () => {
    // "Screen 1" is also part of "Screen 10" .. "Screen 19".
    expect(findState(tracker, 'screen 1', 'com.example.notes').key).toBe(keyOf(graph, 'Screen 1'));
    expect(findState(tracker, 'Screen 25').key).toBe(keyOf(graph, 'Screen 25'));
  });

  it('refuses a name several states match, listing them with their keys', () => {
    const message = errorOf(() => findState(tracker, 'Screen 2'));
    expect(message).toMatch(/matches 2 known screens/);
    expect(message).toContain(keyOf(other, 'Screen 2'));
    expect(message).toMatch(/Pass the key/);
  });

  it('says what is known when nothing matches, and what to do with an empty FSM', () => {
    expect(errorOf(() => findState(tracker, 'Inbox'))).toMatch(
      /no known screen is named or keyed "Inbox"; known screens: "Screen 0"/,
    );
    expect(errorOf(() => findState(new FsmTracker(), 'Inbox'))).toMatch(/maple explore --app/);
    expect(errorOf(() => findState(tracker, 'Screen 1', 'com.example.none'))).toMatch(
      /no screens of "com.example.none"/,
    );
  });
});
