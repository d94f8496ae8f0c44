/**
 * Issue #10 item 4: the agent gets what a user gives. The runner turns a
 * BenchTask into the agent's input in one place (agentRunTask); nothing of the
 * task but its instruction may cross: no apps list, category, reference,
 * success predicate, id, golden steps or fault profile.
 */
import { describe, expect, it } from 'vitest';
import { agentRunTask, type AgentRunInput } from '../../../../benchmarks/runner/agentRunner.ts';
import type { RunContext } from '../../../../benchmarks/runner/types.ts';
import type { RunSummary } from '../../../../agent/trajectory/types.ts';
import { FakeDevice, FakePhone, task } from './fakes.ts';

const summary = { status: 'success', reason: 'finished', steps: 0 } as unknown as RunSummary;

function ctx(): RunContext {
  return {
    signal: new AbortController().signal,
    trajectoryDir: '/tmp/maple-agent-input-test',
    runKey: 'custom:secret_task_id#0',
    repetition: 0,
    seed: 7,
    faults: 'light',
    slot: 0,
    maxSteps: 13,
  };
}

describe('what the runner hands the agent', () => {
  it('is the instruction and the run settings, never the task metadata', async () => {
    const seen: AgentRunInput[] = [];
    const run = agentRunTask(
      async (input) => {
        seen.push(input);
        return summary;
      },
      { agent: 'maple', model: 'offline', fsm: true, screenshots: false },
    );
    const benchTask = task('secret_task_id', {
      instruction: 'Turn on the dark theme.',
      apps: ['ZZSecretApp', 'QQOtherApp'],
      category: 'zzcategory',
      goldenSteps: 99,
      faultProfile: 'light',
      reference: [{ do: 'tap', target: { text: 'ZZReferenceTarget' } }],
      success: { kind: 'state', predicate: { path: 'zz.secret.path', equals: true } },
    });
    await run(benchTask, new FakeDevice(new FakePhone()), ctx());

    expect(seen).toHaveLength(1);
    const input = seen[0]!;
    expect(input.task).toBe('Turn on the dark theme.');
    expect(Object.keys(input).sort()).toEqual(
      ['device', 'fsm', 'maxSteps', 'model', 'screenshots', 'signal', 'task', 'trajectoryDir'].sort(),
    );
    const text = JSON.stringify({ ...input, device: undefined, signal: undefined });
    for (const secret of [
      'ZZSecretApp',
      'QQOtherApp',
      'zzcategory',
      'ZZReferenceTarget',
      'zz.secret.path',
      'secret_task_id',
    ])
      expect(text).not.toContain(secret);
  });
});
