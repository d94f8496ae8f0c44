/**
 * Wraps any model and appends each exchange to a cassette. The file is
 * started afresh when the recorder is created (re-recording replaces), unless
 * `append` is set. Failed calls are not recorded: replay must see them fail
 * again only if the live model fails again.
 */
import fs from 'node:fs';
import { appendCassetteEntry } from './cassette.ts';
import { normaliseRequest, requestHash } from './requestHash.ts';
import type { ModelClient, ModelRequest, ModelResult } from './types.ts';

export interface RecordingOptions {
  /** Keep existing entries instead of starting the file afresh. */
  append?: boolean;
}

export class RecordingModel implements ModelClient {
  readonly name: string;
  readonly file: string;
  readonly inner: ModelClient;

  constructor(file: string, inner: ModelClient, options: RecordingOptions = {}) {
    this.file = file;
    this.inner = inner;
    this.name = `record:${file}:${inner.name}`;
    if (!options.append && fs.existsSync(file)) fs.rmSync(file);
  }

  async complete(request: ModelRequest): Promise<ModelResult> {
    const result = await this.inner.complete(request);
    appendCassetteEntry(this.file, {
      v: 1,
      hash: requestHash(request),
      role: request.metadata.role,
      request: normaliseRequest(request),
      result,
    });
    return structuredClone(result);
  }

  async close(): Promise<void> {
    await this.inner.close?.();
  }
}
