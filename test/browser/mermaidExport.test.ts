/**
 * The Mermaid export renders with Mermaid itself, in headless Chromium: the
 * library's own bundle (node_modules/mermaid/dist/mermaid.min.js) is loaded
 * into a blank page and `mermaid.render` turns the export into an SVG with a
 * node for every state. Input: the real DroidBot Yelp trace (names with
 * quotes and punctuation) and a two-app bundle (composite states).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppGraph, exportGraphs, importDroidbot, syntheticGraph } from '../../fsm/index.ts';
import { launchChromium, type LaunchedChromium } from './launchChromium.ts';
import { testData } from '../support/sharedData.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const YELP = testData('traces/droidbot-yelp');
const MERMAID = path.join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js');

function yelpGraph(): AppGraph {
  return importDroidbot(YELP.path).graph;
}

interface Rendered {
  svg: string;
  stateIds: string[];
  edgePaths: number;
}

async function render(page: Page, text: string): Promise<Rendered> {
  return page.evaluate(async (source) => {
    const m = (
      globalThis as unknown as {
        mermaid: { initialize(c: object): void; render(id: string, t: string): Promise<{ svg: string }> };
      }
    ).mermaid;
    m.initialize({ startOnLoad: false, securityLevel: 'strict' });
    const { svg } = await m.render(`fsm${Math.floor(Math.random() * 1e9)}`, source);
    // In the page: DOMParser is the browser's (the test's own lib has no DOM types).
    const Parser = (
      globalThis as unknown as {
        DOMParser: new () => {
          parseFromString(
            t: string,
            type: string,
          ): { querySelectorAll(s: string): ArrayLike<{ id: string }> & Iterable<{ id: string }> };
        };
      }
    ).DOMParser;
    const doc = new Parser().parseFromString(svg, 'image/svg+xml');
    const stateIds = [...doc.querySelectorAll('g.node')].map((n) => n.id);
    const edgePaths = doc.querySelectorAll('path.transition').length;
    return { svg, stateIds, edgePaths };
  }, text);
}

describe('Mermaid export rendered by Mermaid in Chromium', () => {
  let browser: LaunchedChromium;
  let page: Page;

  beforeAll(async () => {
    expect(existsSync(MERMAID), `mermaid bundle missing at ${MERMAID}`).toBe(true);
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: MERMAID });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.skipIf(YELP.missing)(
    YELP.title('renders the Yelp FSM: an SVG with a node per state and a path per transition'),
    async () => {
      const graph = yelpGraph();
      const r = await render(page, exportGraphs([graph], 'mermaid'));
      expect(r.svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
      const keys = Object.keys(graph.states);
      for (const key of keys)
        expect(
          r.stateIds.some((id) => id.includes(`s_${key}`)),
          key,
        ).toBe(true);
      // Mermaid adds the [*] start node for the entry state.
      expect(r.stateIds.filter((id) => /s_[0-9a-f]{16}/.test(id))).toHaveLength(keys.length);
      // Edges: one per (source, target) pair; several actions between the same pair share a path.
      const pairs = new Set(Object.values(graph.transitions).map((t) => `${t.source}>${t.target}`));
      expect(r.edgePaths).toBeGreaterThanOrEqual(pairs.size);
    },
    60_000,
  );

  it('renders two apps as composite states', async () => {
    const a = syntheticGraph({ states: 8, seed: 1, app: 'com.example.one' });
    const b = syntheticGraph({ states: 6, seed: 2, app: 'com.example.two' });
    const r = await render(page, exportGraphs([a, b], 'mermaid'));
    const keys = [...Object.keys(a.states), ...Object.keys(b.states)];
    for (const key of keys)
      expect(
        r.stateIds.some((id) => id.includes(`s_${key}`)),
        key,
      ).toBe(true);
    expect(r.svg).toContain('com.example.one');
    expect(r.svg).toContain('com.example.two');
  }, 60_000);
});
