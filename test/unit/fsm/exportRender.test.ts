/**
 * The DOT export renders with Graphviz (its WebAssembly build, @hpcc-js/wasm-graphviz): one SVG node per
 * state, one edge per transition, each edge labelled. Input: the real DroidBot Yelp trace (names with
 * quotes, punctuation and non-ASCII text) and a 40-state synthetic graph (Graphviz's layout grows fast: 100 states take over a minute).
 */
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionCaption, exportGraphs, importDroidbot, syntheticGraph } from '../../../fsm/index.ts';
import { testData } from '../../support/sharedData.ts';

const YELP = testData('traces/droidbot-yelp');

const unescape = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The SVG groups of one class: Graphviz writes the node id (or `a->b`) as the group's <title>; an edge with
 * a tooltip nests its label in link groups, so a group runs up to the next node or edge group.
 */
function groups(svg: string, cls: 'node' | 'edge'): { title: string; texts: string[] }[] {
  const parts = svg.split(/(?=<g id="[^"]*" class="(?:node|edge)">)/);
  return parts
    .filter((p) => p.startsWith('<g id=') && p.includes(`class="${cls}"`))
    .map((p) => ({
      title: unescape(/<title>([^<]*)<\/title>/.exec(p)![1]!),
      texts: [...p.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => unescape(t[1]!)),
    }));
}

describe('DOT export rendered by Graphviz', () => {
  let graphviz: Awaited<ReturnType<typeof Graphviz.load>>;
  beforeAll(async () => {
    graphviz = await Graphviz.load();
  });

  for (const [name, make, missing] of [
    ['DroidBot Yelp', () => importDroidbot(YELP.path).graph, YELP.missing],
    ['synthetic 40 states', () => syntheticGraph({ states: 40, seed: 3 }), false],
  ] as const)
    it.skipIf(missing)(
      (missing ? YELP.title : String)(`renders ${name} to SVG with one node per state and labelled edges`),
      () => {
        const graph = make();
        const svg = graphviz.dot(exportGraphs([graph], 'dot'), 'svg');
        expect(svg).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<\/svg>\s*$/);
        const nodes = groups(svg, 'node');
        expect(nodes.map((n) => n.title).sort()).toEqual(Object.keys(graph.states).sort());
        for (const n of nodes) expect(n.texts).toContain(n.title); // second label line is the key
        const edges = groups(svg, 'edge');
        const transitions = Object.values(graph.transitions);
        expect(edges).toHaveLength(transitions.length);
        expect(edges.map((e) => e.title).sort()).toEqual(transitions.map((t) => `${t.source}->${t.target}`).sort());
        const captions = new Set(transitions.map((t) => actionCaption(t.action)));
        for (const e of edges) {
          expect(e.texts.length).toBeGreaterThan(0);
          expect(
            captions.has(e.texts.join(' ')) || e.texts.every((t) => [...captions].some((c) => c.includes(t))),
          ).toBe(true);
        }
      },
    );
});
