/**
 * Answers from a cassette by request hash. Strict: a request that was not
 * recorded is a CassetteMissError, never a silent fallback. Identical
 * requests recorded several times are answered in recorded order (the last
 * answer repeats once they run out).
 */
import { readCassette } from './cassette.ts';
import { CassetteMissError } from './errors.ts';
import { requestHash } from './requestHash.ts';
import type { ModelClient, ModelRequest, ModelResult } from './types.ts';

export class ReplayModel implements ModelClient {
  readonly name: string;
  readonly file: string;
  /** Calls answered so far. */
  calls = 0;
  private readonly byHash = new Map<string, ModelResult[]>();
  private readonly served = new Map<string, number>();

  constructor(file: string) {
    this.file = file;
    this.name = `replay:${file}`;
    for (const entry of readCassette(file)) {
      const list = this.byHash.get(entry.hash) ?? [];
      list.push(entry.result);
      this.byHash.set(entry.hash, list);
    }
  }

  async complete(request: ModelRequest): Promise<ModelResult> {
    const hash = requestHash(request);
    const answers = this.byHash.get(hash);
    if (!answers || answers.length === 0) throw new CassetteMissError(hash, this.file, request.metadata.role);
    const n = this.served.get(hash) ?? 0;
    this.served.set(hash, n + 1);
    this.calls++;
    return structuredClone(answers[Math.min(n, answers.length - 1)] as ModelResult);
  }
}
