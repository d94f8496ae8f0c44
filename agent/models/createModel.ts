/**
 * Turns a --model spec into a model:
 *   anthropic | anthropic:<model> | replay:<file> | record:<file>:<inner spec>
 *   | exec:<command> | offline
 * "offline" gives the OfflineModel marker, not a client: check isOfflineModel().
 */
import { AnthropicModel } from './AnthropicModel.ts';
import type { AnthropicModelOptions } from './AnthropicModel.ts';
import { ModelSpecError } from './errors.ts';
import { ExecModel } from './ExecModel.ts';
import type { ExecModelOptions } from './ExecModel.ts';
import { isOfflineModel, OFFLINE_MODEL } from './OfflineModel.ts';
import type { OfflineModel } from './OfflineModel.ts';
import { RecordingModel } from './RecordingModel.ts';
import { ReplayModel } from './ReplayModel.ts';
import type { ModelClient } from './types.ts';

export type ModelSelection = ModelClient | OfflineModel;

export interface CreateModelOptions {
  /** Options for "anthropic" specs; a model named in the spec wins over anthropic.model. */
  anthropic?: AnthropicModelOptions;
  exec?: ExecModelOptions;
  /** record: keep existing cassette entries instead of starting afresh. */
  recordAppend?: boolean;
}

export function createModel(spec: string, options: CreateModelOptions = {}): ModelSelection {
  const trimmed = spec.trim();
  const colon = trimmed.indexOf(':');
  const kind = colon === -1 ? trimmed : trimmed.slice(0, colon);
  const rest = colon === -1 ? '' : trimmed.slice(colon + 1);

  switch (kind) {
    case 'offline':
      if (rest) throw new ModelSpecError(spec, '"offline" takes no argument');
      return OFFLINE_MODEL;
    case 'anthropic': {
      if (colon !== -1 && !rest) throw new ModelSpecError(spec, 'missing model name after "anthropic:"');
      const model = rest || options.anthropic?.model;
      return new AnthropicModel({ ...options.anthropic, ...(model ? { model } : {}) });
    }
    case 'replay':
      if (!rest) throw new ModelSpecError(spec, 'missing cassette file after "replay:"');
      return new ReplayModel(rest);
    case 'record': {
      const sep = rest.indexOf(':');
      if (sep <= 0 || sep === rest.length - 1) {
        throw new ModelSpecError(spec, 'expected record:<file>:<inner spec>, e.g. record:run.jsonl:anthropic');
      }
      const inner = createModel(rest.slice(sep + 1), options);
      if (isOfflineModel(inner)) throw new ModelSpecError(spec, 'the offline policy makes no model calls to record');
      return new RecordingModel(rest.slice(0, sep), inner, { append: options.recordAppend ?? false });
    }
    case 'exec':
      if (!rest.trim()) throw new ModelSpecError(spec, 'missing command after "exec:"');
      return new ExecModel(rest, options.exec);
    default:
      throw new ModelSpecError(spec, `unknown kind "${kind}"`);
  }
}
