/**
 * A Judge (benchmarks/evaluators) backed by a model from agent/models: one
 * structured call per question, answered through a `verdict` tool whose
 * schema is also the validator.
 */
import { z } from 'zod';
import { createModel } from '../../agent/models/createModel.ts';
import { isOfflineModel } from '../../agent/models/OfflineModel.ts';
import { structuredCall, toolSpec } from '../../agent/models/structuredCall.ts';
import type { Judge } from '../evaluators/types.ts';
import { BenchConfigError } from './errors.ts';

const verdictSpec = toolSpec({
  name: 'verdict',
  description: 'Give your verdict on the question: success true or false, and a one-sentence reason.',
  schema: z.object({ success: z.boolean(), reason: z.string() }),
});

const SYSTEM =
  'You evaluate whether a mobile GUI agent completed a task, from the task, its actions and the text of its final screens. ' +
  'Be strict: success only when the evidence shows the task (or the asked item) is done. Answer with the verdict tool.';

export function createModelJudge(spec: string): Judge {
  const model = createModel(spec);
  if (isOfflineModel(model))
    throw new BenchConfigError(
      '--judge offline: the offline policy cannot judge; pass a model spec such as anthropic or replay:<file>',
    );
  return async (prompt) => {
    const r = await structuredCall(
      model,
      {
        system: { stable: SYSTEM },
        messages: [{ role: 'user', content: prompt }],
        maxTokens: 400,
        metadata: { role: 'judge' },
      },
      verdictSpec,
    );
    return r.value;
  };
}
