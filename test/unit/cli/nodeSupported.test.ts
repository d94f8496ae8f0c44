/** `maple doctor` judges the Node.js version by package.json's engines: the tested majors from their lowest versions. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeSupported } from '../../../cli/commands/doctor.ts';

const engines = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as {
    engines: { node: string };
  }
).engines.node;

describe('nodeSupported', () => {
  it('accepts Node 20, 22 and 24 from their lowest supported versions, and this Node', () => {
    for (const v of ['20.20.2', '20.21.0', '22.23.4', 'v22.23.5', '24.22.1', '24.30.0'])
      expect(nodeSupported(v, engines), v).toBe(true);
    expect(nodeSupported(process.versions.node, engines)).toBe(true);
  });

  it('refuses older patch levels, odd and untested majors', () => {
    for (const v of ['20.19.0', '20.20.1', '22.12.0', '23.5.0', '24.15.0', '26.1.0', '18.20.8'])
      expect(nodeSupported(v, engines), v).toBe(false);
  });
});
