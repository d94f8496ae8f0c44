import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFsmView, syntheticAppGraph } from '../../reports/index.ts';
import { launchChromium, type LaunchedChromium } from './launchChromium.ts';
import { openReport, type OpenedReport } from './openReport.ts';

interface CyHandle {
  cy: {
    nodes(sel?: string): { length: number };
    edges(sel?: string): { length: number };
    getElementById(id: string): { renderedPosition(): { x: number; y: number } };
  };
}

describe('FSM view in Chromium', () => {
  let browser: LaunchedChromium;
  let tmp: string;
  let opened: OpenedReport;
  const graph = syntheticAppGraph();

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'maple-fsm-view-'));
    const result = buildFsmView([graph], path.join(tmp, 'fsm.html'));
    browser = await launchChromium();
    opened = await openReport(browser, result.out);
    // the page places and fits everything before it says it is ready: no animation to wait for
    await opened.page.waitForSelector('body[data-ready=true]');
  });

  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('draws every state in its app, and one edge per pair of states a transition links', async () => {
    const counts = await opened.page.evaluate(() => {
      const { cy } = (globalThis as unknown as { mapleFsm: CyHandle }).mapleFsm;
      return {
        states: cy.nodes('.state').length,
        apps: cy.nodes('.app').length,
        edges: cy.edges().length,
        unstable: cy.nodes('.unstable').length,
        entry: cy.nodes('.entry').length,
      };
    });
    // + one placeholder for the cross-app target in com.maple.messages, in a box of its own
    expect(counts.states).toBe(Object.keys(graph.states).length + 1);
    expect(counts.apps).toBe(2);
    const pairs = new Set(
      Object.values(graph.transitions)
        .filter((t) => t.source !== t.target)
        .map((t) => [t.source, t.target].sort().join(' ')),
    );
    expect(counts.edges).toBe(pairs.size);
    expect(counts.unstable).toBe(Object.values(graph.states).filter((s) => !s.stable).length);
    expect(counts.entry).toBe(1);
  });

  it('shows a state screen and its conditions when the state is clicked', async () => {
    const page = opened.page;
    const pos = await page.evaluate(() =>
      (globalThis as unknown as { mapleFsm: CyHandle }).mapleFsm.cy.getElementById('k_settings').renderedPosition(),
    );
    const canvas = await page.locator('#cy').boundingBox();
    await page.mouse.click(canvas!.x + pos.x, canvas!.y + pos.y);
    await page.waitForSelector('[data-testid=state-name]');
    expect(await page.textContent('[data-testid=state-name]')).toBe('Clock settings');
    expect(await page.locator('[data-testid=state-screen] svg').count()).toBe(1);
    const screenText = await page.textContent('[data-testid=state-screen] svg');
    expect(screenText).toContain('Automatic home clock');
    expect(await page.locator('[data-testid=element-list] tbody tr').count()).toBe(
      graph.states['k_settings']!.snapshot.elements.length,
    );
    const outgoing = await page.locator('[data-testid=transition-out]').allTextContents();
    expect(outgoing.some((t) => t.includes('Home time zone') && t.includes('pre:') && t.includes('post:'))).toBe(true);
    await opened.screenshot('fsm-view-state', false);
  });

  it('highlights the shortest path between two chosen states', async () => {
    const page = opened.page;
    await page.selectOption('#path-from', 'k_zone');
    await page.selectOption('#path-to', 'k_add_alarm');
    const edges = await page.getAttribute('[data-testid=path-result]', 'data-edges');
    // zone -back-> settings -back-> world clock -tap Alarm-> alarms -tap Add alarm-> dialog
    expect(edges).toBe('4');
    const highlighted = await page.evaluate(
      () => (globalThis as unknown as { mapleFsm: CyHandle }).mapleFsm.cy.edges('.path').length,
    );
    expect(highlighted).toBe(4);
    expect(await page.locator('[data-testid=path-result] li').count()).toBe(4);
    await opened.screenshot('fsm-view-path', false);
  });

  it('never suggests a destructive step: the editor leads back to the list by back, not by Delete', async () => {
    const page = opened.page;
    await page.selectOption('#path-from', 'k_edit_alarm');
    await page.selectOption('#path-to', 'k_alarm');
    expect(await page.getAttribute('[data-testid=path-result]', 'data-edges')).toBe('1');
    expect(await page.locator('[data-testid=path-result] li').allTextContents()).toEqual(['back → Alarms']);
    const ids = JSON.parse((await page.getAttribute('[data-testid=path-result]', 'data-path'))!) as string[];
    expect(ids).toEqual(['k_edit_alarm>back>k_alarm']);
  });

  it('names the destructive step instead of suggesting a path that needs one', async () => {
    const page = opened.page;
    await page.selectOption('#path-from', 'k_stopwatch');
    await page.selectOption('#path-to', 'k_reset');
    expect(await page.getAttribute('[data-testid=path-result]', 'data-blocked')).toBe('true');
    expect(await page.textContent('[data-testid=path-result]')).toContain('no safe path');
    expect(await page.textContent('[data-testid=path-result]')).toContain('tap "Reset"');
    expect(await page.locator('[data-testid=path-result] li').count()).toBe(0);
    expect(
      await page.evaluate(() => (globalThis as unknown as { mapleFsm: CyHandle }).mapleFsm.cy.edges('.path').length),
    ).toBe(0);
  });

  it('says so when no path exists', async () => {
    const page = opened.page;
    await page.selectOption('#path-from', 'k_msg_compose');
    await page.selectOption('#path-to', 'k_alarm');
    expect(await page.textContent('[data-testid=path-result]')).toContain('no path');
    expect(
      await page.evaluate(() => (globalThis as unknown as { mapleFsm: CyHandle }).mapleFsm.cy.edges('.path').length),
    ).toBe(0);
  });

  it('finds states by label', async () => {
    const page = opened.page;
    await page.fill('#search', 'tokyo');
    expect(await page.getAttribute('#search-count', 'data-count')).toBe('2'); // World clock row + Home time zone row
    await page.fill('#search', '');
  });

  it('renders without console errors and without network requests', () => {
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
  });
});
