/**
 * `--model-timeout <seconds>`: the createModel options it gives, the specs it
 * applies to (exec models, also inside record:), and its typed errors.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  createModel,
  ExecModel,
  ModelTimeoutOptionError,
  modelTimeoutOptions,
  runsExecModel,
} from '../../../agent/models/index.ts';
import { request } from './helpers.ts';

const SILENT = 'exec:node -e "setInterval(() => {}, 1000)"';
const open: ExecModel[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((m) => m.close()));
});

describe('--model-timeout', () => {
  it('gives exec models a per-call limit in milliseconds, nothing when absent', () => {
    expect(modelTimeoutOptions('exec:node m.mjs', '600')).toEqual({ exec: { timeoutMs: 600_000 } });
    expect(modelTimeoutOptions('exec:node m.mjs', '0.25')).toEqual({ exec: { timeoutMs: 250 } });
    expect(modelTimeoutOptions('record:run.jsonl:exec:node m.mjs', 30)).toEqual({ exec: { timeoutMs: 30_000 } });
    expect(modelTimeoutOptions('offline', undefined)).toEqual({});
  });

  it('knows which specs run an exec model', () => {
    expect(runsExecModel('exec:python bridge.py')).toBe(true);
    expect(runsExecModel('record:a.jsonl:record:b.jsonl:exec:x')).toBe(true);
    expect(runsExecModel('record:a.jsonl:anthropic')).toBe(false);
    expect(runsExecModel('noisy-oracle:0.2')).toBe(false);
  });

  it('rejects a value that is not seconds > 0, and models it does not apply to, naming what to do', () => {
    for (const bad of ['0', '-3', 'abc', ''])
      expect(() => modelTimeoutOptions('exec:x', bad)).toThrow(
        new ModelTimeoutOptionError(`--model-timeout must be a number of seconds > 0, got "${bad}"`),
      );
    for (const spec of ['offline', 'anthropic', 'noisy-oracle', 'replay:c.jsonl', 'record:c.jsonl:anthropic']) {
      const err = (() => {
        try {
          modelTimeoutOptions(spec, '60');
        } catch (e) {
          return e as Error;
        }
      })();
      expect(err).toBeInstanceOf(ModelTimeoutOptionError);
      expect(err?.message).toContain(`applies to exec: models`);
      expect(err?.message).toContain(`--model is "${spec}"`);
    }
  });

  it('reaches the exec model createModel builds: a silent model fails after the given time', async () => {
    const m = createModel(SILENT, modelTimeoutOptions(SILENT, '0.25')) as ExecModel;
    open.push(m);
    await expect(m.complete(request('x'))).rejects.toThrow(/no response line within 250 ms/);
  });
});
