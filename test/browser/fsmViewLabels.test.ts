/**
 * The FSM view of a whole phone is readable at first sight, in Chromium at
 * 1280x800: every state's label is on screen at the initial zoom, large
 * enough to read, and no two labels overlap; every state sits in its app's
 * box. Checked on what the agent really learnt (sevenApps.graphs.json.gz:
 * `maple explore --app <A> --steps 60` on the virtual phone for Clock,
 * Settings, Contacts, Messages, Notes, Shopping and Mail into one store,
 * then `maple fsm export --format json`, snapshots' stored screens dropped)
 * and on 200 made-up states over 9 apps. Screenshots go to test-artifacts/.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFsmView, loadGraphsFromFile, syntheticStoreGraphs } from '../../reports/index.ts';
import type { AppGraph } from '../../fsm/index.ts';
import { launchChromium, type LaunchedChromium } from './launchChromium.ts';
import { openReport, type OpenedReport } from './openReport.ts';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'sevenApps.graphs.json.gz');
/** Smallest label worth calling readable: 11 px text at zoom 8/11. */
const MIN_FONT_PX = 8;

interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface Measured {
  canvas: { width: number; height: number };
  fontPx: number;
  labels: Box[];
  apps: Box[];
  misplaced: string[];
  overflowing: string[];
}

/** Rendered boxes (px in the graph's canvas) of every state's label and every app's box with its title. */
async function measure(opened: OpenedReport): Promise<Measured> {
  // A string, not a function: the page has no TypeScript helpers, and this reads the page's own globals.
  return opened.page.evaluate(`(() => {
    var cy = window.mapleFsm.cy;
    var zoom = cy.zoom(), pan = cy.pan();
    function rendered(id, bb) {
      return { id: id, x1: bb.x1 * zoom + pan.x, y1: bb.y1 * zoom + pan.y, x2: bb.x2 * zoom + pan.x, y2: bb.y2 * zoom + pan.y };
    }
    var only = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
    var labels = cy.nodes('.state').map(function (n) { return rendered(n.id(), n.boundingBox(only)); });
    // A label wider or taller than its state's box: the builder's text measure was wrong.
    var overflowing = cy.nodes('.state').filter(function (n) {
      var l = n.boundingBox(only), b = n.boundingBox({ includeLabels: false, includeOverlays: false });
      return l.w === 0 || l.x1 < b.x1 || l.x2 > b.x2 || l.y1 < b.y1 || l.y2 > b.y2;
    }).map(function (n) { return n.data('text'); });
    var apps = cy.nodes('.app').map(function (n) {
      return rendered(n.id(), n.boundingBox({ includeNodes: true, includeLabels: true, includeOverlays: false }));
    });
    var misplaced = cy.nodes('.state').filter(function (n) {
      return n.parent().id() !== 'app:' + n.data('app');
    }).map(function (n) { return n.id(); });
    var c = cy.container();
    return { canvas: { width: c.clientWidth, height: c.clientHeight }, fontPx: 11 * zoom, labels: labels, apps: apps, misplaced: misplaced, overflowing: overflowing };
  })()`);
}

function overlapping(boxes: Box[]): string[] {
  const hits: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) hits.push(`${a.id} / ${b.id}`);
    }
  return hits;
}

function outside(boxes: Box[], canvas: Measured['canvas']): string[] {
  return boxes.filter((b) => b.x1 < 0 || b.y1 < 0 || b.x2 > canvas.width || b.y2 > canvas.height).map((b) => b.id);
}

function expectReadable(m: Measured, states: number, apps: number): void {
  expect(m.labels).toHaveLength(states);
  expect(m.apps).toHaveLength(apps);
  expect(m.fontPx).toBeGreaterThanOrEqual(MIN_FONT_PX);
  expect(outside(m.labels, m.canvas)).toEqual([]);
  expect(outside(m.apps, m.canvas)).toEqual([]);
  expect(overlapping(m.labels)).toEqual([]);
  expect(overlapping(m.apps)).toEqual([]);
  expect(m.misplaced).toEqual([]);
  expect(m.overflowing).toEqual([]);
}

describe('FSM view of many apps, at 1280x800', () => {
  let tmp: string;
  let browser: LaunchedChromium;
  let seven: AppGraph[];

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'maple-fsm-labels-'));
    const file = path.join(tmp, 'seven.json');
    writeFileSync(file, gunzipSync(readFileSync(FIXTURE)));
    seven = loadGraphsFromFile(file);
    browser = await launchChromium({ width: 1280, height: 800 });
  });

  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function open(graphs: AppGraph[], name: string): Promise<OpenedReport> {
    const built = buildFsmView(graphs, path.join(tmp, `${name}.html`));
    const opened = await openReport(browser, built.out);
    await opened.page.waitForSelector('body[data-ready=true]');
    return opened;
  }

  it('labels every state of a learnt phone, readable and apart, each in its app’s box', async () => {
    const opened = await open(seven, 'seven-apps');
    const states = seven.reduce((n, g) => n + Object.keys(g.states).length, 0);
    expectReadable(await measure(opened), states, seven.length);
    // the apps are named as their launcher icons are, where the graphs say it
    const titles = await opened.page.evaluate(
      `window.mapleFsm.cy.nodes('.app').map(function (n) { return n.data('label'); })`,
    );
    expect(titles).toEqual(
      expect.arrayContaining(['Clock · 10 states', 'Settings · 6 states', 'Contacts · 9 states', 'Launcher · 1 state']),
    );
    await opened.screenshot('fsm-view-seven-apps', false);
    expect(opened.consoleErrors).toEqual([]);
    await opened.page.close();
  });

  it('gives every state a readable name, unique within its app', async () => {
    const opened = await open(seven, 'seven-apps-names');
    const names = (await opened.page.evaluate(
      `window.mapleFsm.model.states.map(function (s) { return s.app + '\\u0000' + s.name; })`,
    )) as string[];
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n.split('\u0000')[1]).not.toMatch(/Activity$|^[0-9a-f]{12,}$/);
    await opened.page.close();
  });

  it('stays readable with 200 states', async () => {
    const graphs = syntheticStoreGraphs({ states: 200 });
    const opened = await open(graphs, 'two-hundred');
    expectReadable(await measure(opened), 200, graphs.length);
    await opened.screenshot('fsm-view-200-states', false);
    expect(opened.consoleErrors).toEqual([]);
    await opened.page.close();
  });

  it('suggests no path with a destructive step, between any two states of the learnt phone', async () => {
    const opened = await open(seven, 'seven-apps-paths');
    const result = (await opened.page.evaluate(`(() => {
      var F = window.MapleFsm, m = window.mapleFsm.model;
      var byId = {}; m.transitions.forEach(function (t) { byId[t.id] = t; });
      var pairs = 0, found = 0, blocked = 0, bad = [];
      m.states.forEach(function (a) { m.states.forEach(function (b) {
        if (a.id === b.id) return;
        pairs++;
        var r = F.safePath(m.transitions, a.id, b.id);
        if (r.blockedBy) blocked++;
        if (!r.path) return;
        found++;
        var at = a.id;
        r.path.forEach(function (t) { if (t.destructive || t.source !== at) bad.push(a.name + ' -> ' + b.name + ': ' + t.label); at = t.target; });
        if (at !== b.id) bad.push(a.name + ' -> ' + b.name + ': ends at ' + at);
      }); });
      return { pairs: pairs, found: found, blocked: blocked, bad: bad, destructive: m.transitions.filter(function (t) { return t.destructive; }).length };
    })()`)) as { pairs: number; found: number; blocked: number; bad: string[]; destructive: number };
    expect(result.destructive).toBeGreaterThan(0);
    expect(result.found).toBeGreaterThan(result.pairs / 4);
    // some screens are only reached through a destructive step: the page names it instead of suggesting it
    expect(result.blocked).toBeGreaterThan(0);
    expect(result.bad).toEqual([]);
    await opened.page.close();
  });
});
