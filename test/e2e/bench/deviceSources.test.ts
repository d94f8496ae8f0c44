/**
 * The URL device source against a real Appium server (what a Selenium Grid or
 * a second machine looks like to the runner): two URLs, three slots, the
 * virtual driver behind them, ground truth through the control API.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startAppiumServer } from '../../../drivers/appium/startAppiumServer.ts';
import {
  appiumUrls,
  createEvaluator,
  loadTaskFile,
  referenceRunTask,
  runSuite,
} from '../../../benchmarks/runner/index.ts';

describe('appiumUrls device source', () => {
  it('runs tasks over sessions on Appium URLs, spreading slots over the URLs', async () => {
    const a = await startAppiumServer();
    const b = await startAppiumServer();
    try {
      const source = appiumUrls([a.url, b.url], 3, { driver: 'virtual' });
      expect(source.size).toBe(3);
      expect(source.virtual).toBe(true);
      const opened: string[] = [];
      const factory: typeof source.factory = async (slot) => {
        const s = await source.factory(slot);
        opened.push(s.device.description);
        return s;
      };
      const tasks = await loadTaskFile(path.join(import.meta.dirname, 'tinySuite.json'));
      const out = await mkdtemp(path.join(tmpdir(), 'maple-urls-'));
      const report = await runSuite({
        tasks,
        outDir: out,
        runTask: referenceRunTask({ screenshots: false }),
        evaluate: createEvaluator(),
        devices: { factory, size: source.size },
        config: { model: 'reference', fsm: false, faults: 'task' },
        spaBenchLayout: false,
      });
      expect(report.results.map((r) => [r.taskId, r.success, r.verdict.evaluator])).toEqual(
        expect.arrayContaining(tasks.map((t) => [t.id, true, 'state'])),
      );
      expect(opened).toHaveLength(3);
      expect(opened.filter((d) => d.includes(a.url))).toHaveLength(2);
      expect(opened.filter((d) => d.includes(b.url))).toHaveLength(1);
      await source.close();
    } finally {
      await a.stop();
      await b.stop();
    }
  }, 120_000);

  it('rejects something that is not a URL', () => {
    expect(() => appiumUrls(['emulator-5554'], 1)).toThrow(/expected an Appium \/ Selenium Grid URL/);
    expect(() => appiumUrls([], 1)).toThrow(/at least one --device/);
  });
});
