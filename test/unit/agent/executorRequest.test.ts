/**
 * What the model-backed executor sends: the per-step message in tagged parts
 * (task, history, screen last, ending with the compact listing), the steps
 * so far summarised past the last few, and a screenshot by need
 * (`--screenshots auto|always|never`), downscaled, taken on demand when the
 * observation has none. The token account records where the input went.
 */
import { describe, expect, it } from 'vitest';
import { ModelCallLog } from '../../../agent/calls/ModelCallLog.ts';
import { pngSize, ScriptedModel } from '../../../agent/models/index.ts';
import type { ContentPart, ModelRequest } from '../../../agent/models/index.ts';
import { MODEL_SCREENSHOT_LONG_EDGE } from '../../../agent/perceive/index.ts';
import type { Perception, ScreenshotMode } from '../../../agent/perceive/index.ts';
import { ModelExecutor } from '../../../agent/roles/executor/ModelExecutor.ts';
import type { HistoryLine } from '../../../agent/roles/types.ts';
import { renderCompact } from '../../../drivers/screen/index.ts';
import { encodePng } from '../../../reports/images/encodePng.ts';
import { buttonView, pageSourceXml, textView, view } from '../../support/pageSourceXml.ts';
import { executorInput, perceptionOf } from './executorInput.ts';

const fullShot = (): Buffer => encodePng(Buffer.alloc(1080 * 2400 * 4, 230), 1080, 2400);

const labelled = pageSourceXml(
  [
    {
      pkg: 'com.android.settings',
      root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], {
        children: ['Network', 'Display', 'Sound', 'Storage'].map((l, i) =>
          buttonView(l, [0, 200 + i * 160, 1080, 340 + i * 160]),
        ),
      }),
    },
  ],
  'uiautomator',
);

const splash = pageSourceXml(
  [
    {
      pkg: 'com.example.game',
      root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], {
        children: [textView('Tap to start', [0, 1100, 1080, 1200])],
      }),
    },
  ],
  'uiautomator',
);

async function send(perception: Perception, mode: ScreenshotMode, history: HistoryLine[] = []) {
  const model = new ScriptedModel(() => ({ tool: 'act', input: { action: 'back' } }));
  const calls = new ModelCallLog(model);
  await new ModelExecutor(calls, { screenshots: mode }).decide(executorInput(perception, { history }));
  const request = model.requests[0]!;
  return { request, content: request.messages[0]!.content as ContentPart[], calls };
}

function capturing(png: Buffer | undefined): { capture: () => Promise<Buffer | undefined>; count: () => number } {
  let n = 0;
  return {
    capture: async () => {
      n += 1;
      return png;
    },
    count: () => n,
  };
}

const images = (content: ContentPart[]) => content.filter((p) => p.type === 'image');

describe('the executor request', () => {
  it('is tagged parts with the screen last, ending with the compact listing', async () => {
    const perception = perceptionOf(labelled);
    const { content, request } = await send(perception, 'never');
    expect(content.map((p) => (p.type === 'text' ? p.part : p.type))).toEqual(['task', 'screen']);
    const screen = content[content.length - 1]!;
    expect(screen.type === 'text' && screen.text.split('Current screen:\n')[1]).toBe(renderCompact(perception.screen));
    const task = content[0]!;
    expect(task.type === 'text' && task.text).toMatch(
      /^Task: Turn on Dark theme in Settings\n\nPlan:\n-> 1\. \[Settings\]/,
    );
    expect(task.type === 'text' && task.text).toContain('Steps: 0 of 30 used, 30 left');
    expect(request.tools!.map((t) => t.name)).toEqual(['act', 'subgoal_done']);
  });

  it('shows the last 4 steps in full and the older ones on one line, without their reasons', async () => {
    const history: HistoryLine[] = Array.from({ length: 7 }, (_, i) => ({
      step: i,
      action: `tap "Row ${i}"`,
      verdict: i === 1 ? 'fail' : 'success',
      note: `reason ${i}`,
    }));
    const { content } = await send(perceptionOf(labelled), 'never', history);
    const part = content.find((p) => p.type === 'text' && p.part === 'history');
    const text = part?.type === 'text' ? part.text : '';
    expect(text.split('\n')).toEqual([
      'Steps so far:',
      'Earlier: #0 tap "Row 0" (ok); #1 tap "Row 1" (failed); #2 tap "Row 2" (ok)',
      '#3 tap "Row 3" -> success: reason 3',
      '#4 tap "Row 4" -> success: reason 4',
      '#5 tap "Row 5" -> success: reason 5',
      '#6 tap "Row 6" -> success: reason 6',
    ]);
  });
});

describe('screenshots by need', () => {
  it('never: no image, even when the observation has a screenshot', async () => {
    const p = perceptionOf(splash);
    p.observation.screenshot = fullShot();
    expect(images((await send(p, 'never')).content)).toEqual([]);
  });

  it('auto: none while the listing is enough, and no screenshot is taken for it', async () => {
    const shot = capturing(fullShot());
    const { content } = await send(perceptionOf(labelled, { captureScreenshot: shot.capture }), 'auto');
    expect(images(content)).toEqual([]);
    expect(shot.count()).toBe(0);
  });

  it('auto: a downscaled screenshot, taken on demand, when the listing is not enough; before the screen part', async () => {
    const shot = capturing(fullShot());
    const { content, calls } = await send(perceptionOf(splash, { captureScreenshot: shot.capture }), 'auto');
    expect(shot.count()).toBe(1);
    const [image] = images(content);
    expect(image).toBeDefined();
    const size = pngSize(image!.type === 'image' ? image!.data : '');
    expect(size).toEqual({ width: 432, height: MODEL_SCREENSHOT_LONG_EDGE });
    expect(content.map((p) => (p.type === 'text' ? p.part : p.type))).toEqual(['task', 'image', 'screen']);
    // The token account: the image as Anthropic counts a 432x960 image.
    const record = calls.take()[0]!;
    expect(record.images).toBe(1);
    expect(record.parts?.image).toBe(Math.ceil((432 * 960) / 750));
    expect(calls.account.byRole.executor).toMatchObject({ calls: 1, imageCalls: 1, images: 1 });
  });

  it('always: every request, from the saved screenshot when there is one (nothing taken again)', async () => {
    const shot = capturing(fullShot());
    const p = perceptionOf(labelled, { captureScreenshot: shot.capture });
    p.observation.screenshot = fullShot();
    expect(images((await send(p, 'always')).content)).toHaveLength(1);
    expect(shot.count()).toBe(0);
  });

  it('sends none when the screen moved on before one could be taken (the image would not match the listing)', async () => {
    const shot = capturing(undefined);
    const { content } = await send(perceptionOf(splash, { captureScreenshot: shot.capture }), 'always');
    expect(shot.count()).toBe(1);
    expect(images(content)).toEqual([]);
  });

  it('prepares the screenshot once per observation (a retry and the verifier reuse it)', async () => {
    const shot = capturing(fullShot());
    const p = perceptionOf(splash, { captureScreenshot: shot.capture });
    const requests: ModelRequest[] = [];
    for (let i = 0; i < 2; i++) requests.push((await send(p, 'always')).request);
    expect(shot.count()).toBe(1);
    expect(requests.map((r) => images(r.messages[0]!.content as ContentPart[]).length)).toEqual([1, 1]);
  });
});
