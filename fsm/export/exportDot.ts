/**
 * Graphviz DOT export: a digraph, one cluster per app when there are several.
 * Every id and label is a double-quoted DOT string with `\` and `"` escaped and
 * line breaks as `\n`, so any label is safe.
 */
import type { AppGraph } from '../graph/AppGraph.ts';
import { actionCaption } from './actionCaption.ts';

export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

function appendGraph(lines: string[], g: AppGraph, indent: string): void {
  for (const s of Object.values(g.states)) {
    const attrs = [`label=${dotString(`${s.name || s.key}\n${s.key}`)}`];
    if (!s.stable) attrs.push('style="rounded,dashed"');
    if (g.entry === s.key) attrs.push('penwidth=2');
    lines.push(`${indent}${dotString(s.key)} [${attrs.join(', ')}];`);
  }
  for (const t of Object.values(g.transitions)) {
    const attrs = [`label=${dotString(actionCaption(t.action))}`, `tooltip=${dotString(t.actionId)}`];
    if (t.count > 1) attrs.push(`penwidth=${Math.min(1 + Math.log2(t.count), 5).toFixed(1)}`);
    lines.push(`${indent}${dotString(t.source)} -> ${dotString(t.target)} [${attrs.join(', ')}];`);
  }
}

export function exportDot(graphs: AppGraph[]): string {
  const name = graphs.length === 1 ? graphs[0]!.app : 'maple';
  const lines = [
    `digraph ${dotString(name)} {`,
    '  rankdir=LR;',
    '  node [shape=box, style=rounded, fontname="DejaVu Sans"];',
    '  edge [fontname="DejaVu Sans", fontsize=10];',
  ];
  if (graphs.length === 1) appendGraph(lines, graphs[0]!, '  ');
  else
    graphs.forEach((g, i) => {
      lines.push(`  subgraph ${dotString(`cluster_${i}`)} {`, `    label=${dotString(g.app)};`);
      appendGraph(lines, g, '    ');
      lines.push('  }');
    });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
