/**
 * Mermaid export (stateDiagram-v2). State ids are `s_<key>`; names and
 * captions go through Mermaid's entity codes (`#quot;`, `#58;` ...) so quotes,
 * colons, semicolons and brackets in labels cannot break the diagram.
 */
import type { AppGraph } from '../graph/AppGraph.ts';
import { machineIdOf } from '../liveMachine.ts';
import { fnv1a } from '../hash.ts';
import { actionCaption } from './actionCaption.ts';

/** Mermaid state ids are plain words: our hex keys are; anything else is hashed. */
function stateId(key: string): string {
  return /^[A-Za-z0-9_]+$/.test(key) ? `s_${key}` : `s_${fnv1a(key)}`;
}

const SPECIAL = /[#"':;<>{}[\]|`\\%&]/g;

export function mermaidText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SPECIAL, (c) => `#${c.charCodeAt(0)};`);
}

function appendGraph(lines: string[], g: AppGraph, indent: string): void {
  const keys = Object.keys(g.states);
  for (const key of keys) lines.push(`${indent}state "${mermaidText(g.states[key]!.name || key)}" as ${stateId(key)}`);
  const entry = g.entry && g.states[g.entry] ? g.entry : keys[0];
  if (entry) lines.push(`${indent}[*] --> ${stateId(entry)}`);
  for (const t of Object.values(g.transitions)) {
    if (!g.states[t.target]) continue; // cross-app: drawn in the target app's diagram, not here
    lines.push(
      `${indent}${stateId(t.source)} --> ${stateId(t.target)} : ${mermaidText(actionCaption(t.action)) || t.action.kind}`,
    );
  }
}

export function exportMermaid(graphs: AppGraph[]): string {
  const lines = ['stateDiagram-v2'];
  if (graphs.length === 1) appendGraph(lines, graphs[0]!, '  ');
  else
    for (const g of graphs) {
      lines.push(`  state "${mermaidText(g.app)}" as ${machineIdOf(g.app)} {`);
      appendGraph(lines, g, '    ');
      lines.push('  }');
    }
  return `${lines.join('\n')}\n`;
}
