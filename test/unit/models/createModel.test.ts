import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AnthropicModel,
  createModel,
  DEFAULT_ANTHROPIC_MODEL,
  ExecModel,
  isOfflineModel,
  MissingApiKeyError,
  ModelSpecError,
  OFFLINE_MODEL,
  RecordingModel,
  ReplayModel,
} from '../../../agent/models/index.ts';
import { PLANTED_KEY } from './helpers.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('createModel', () => {
  it('returns the offline marker, which the loop tells apart from a client', () => {
    const m = createModel('offline');
    expect(m).toBe(OFFLINE_MODEL);
    expect(isOfflineModel(m)).toBe(true);
    expect(isOfflineModel(new ExecModel('cat'))).toBe(false);
    expect(OFFLINE_MODEL.label).toMatch(/no model/);
  });

  it('builds Anthropic clients with the default or the named model', () => {
    vi.stubEnv('ANTHROPIC_API_KEY', PLANTED_KEY);
    const a = createModel('anthropic') as AnthropicModel;
    expect(a).toBeInstanceOf(AnthropicModel);
    expect(a.model).toBe(DEFAULT_ANTHROPIC_MODEL);
    expect((createModel('anthropic:claude-haiku-4-5') as AnthropicModel).name).toBe('anthropic:claude-haiku-4-5');
    expect((createModel('anthropic', { anthropic: { model: 'claude-opus-4-6' } }) as AnthropicModel).model).toBe(
      'claude-opus-4-6',
    );
  });

  it('needs the key for anthropic only', () => {
    vi.stubEnv('ANTHROPIC_API_KEY', '');
    expect(() => createModel('anthropic')).toThrow(MissingApiKeyError);
    expect(() => createModel('record:x.jsonl:anthropic')).toThrow(MissingApiKeyError);
    expect(createModel('exec:cat')).toBeInstanceOf(ExecModel);
  });

  it('wraps record around an inner spec and replays from a file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maple-spec-'));
    try {
      const file = path.join(dir, 'c.jsonl');
      const rec = createModel(`record:${file}:exec:node -e "1"`) as RecordingModel;
      expect(rec).toBeInstanceOf(RecordingModel);
      expect(rec.inner).toBeInstanceOf(ExecModel);
      expect((rec.inner as ExecModel).command).toBe('node -e "1"');
      fs.writeFileSync(file, '');
      expect(createModel(`replay:${file}`)).toBeInstanceOf(ReplayModel);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    '',
    'gpt',
    'anthropic:',
    'replay:',
    'record:file.jsonl',
    'record::anthropic',
    'exec:',
    'offline:x',
    'record:f.jsonl:offline',
  ])('rejects %j with a typed error listing the valid forms', (spec) => {
    const err = (() => {
      try {
        createModel(spec);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(ModelSpecError);
    expect((err as Error).message).toContain('replay:<file>');
  });
});
