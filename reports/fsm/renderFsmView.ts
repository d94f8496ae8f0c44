/**
 * The FSM explorer page: the view model (states already named and placed,
 * toFsmViewModel.ts) as embedded JSON, cytoscape inlined from node_modules
 * (so the page opens from disk with no network), and the explorer scripts
 * (assets/fsm/*.js: wireframe, graph, paths, panel, then main).
 */
import { escapeHtml, jsonForScript } from '../html/escapeHtml.ts';
import { readAsset, readPackageFile } from '../html/readAsset.ts';
import { renderPage } from '../html/renderPage.ts';
import type { FsmViewModel } from './FsmViewModel.ts';

const SCRIPTS = ['fsm/wireframe.js', 'fsm/graph.js', 'fsm/paths.js', 'fsm/panel.js', 'fsm/main.js'];

export function renderFsmView(model: FsmViewModel, options: { title?: string; app?: string } = {}): string {
  const groups = model.groups.filter((g) => !g.external);
  const title = options.title ?? (groups.length === 1 ? `FSM of ${groups[0]!.label}` : `FSMs of ${groups.length} apps`);
  const appOptions = [
    `<option value="">all apps</option>`,
    ...model.groups.map(
      (g) =>
        `<option value="${escapeHtml(g.id)}"${g.id === options.app ? ' selected' : ''}>${escapeHtml(g.label === g.id ? g.id : `${g.label} (${g.id})`)}</option>`,
    ),
  ].join('');
  const body = `<header class="page">
<h1>${escapeHtml(title)}</h1>
<div class="controls">
<select id="app" aria-label="app">${appOptions}</select>
<input id="search" type="search" placeholder="search states" aria-label="search"> <span id="search-count" class="hint"></span>
</div>
<div class="controls"><b>Shortest path</b>
<select id="path-from" aria-label="path from"></select> → <select id="path-to" aria-label="path to"></select>
<button type="button" id="path-clear" class="secondary">clear</button></div>
<div class="legend"><span id="stats"></span><span><i style="border-color:#1a7f37"></i> stable</span><span><i style="border-color:#d4a72c;border-style:dashed"></i> unstable</span><span><i style="border-color:#1a7f37;border-width:3px"></i> ▶ entry</span><span><i style="border-color:#8fa3d6;border-style:dashed;border-width:0 0 2px"></i> into another app</span><span><i style="border-color:#e5848b;border-width:0 0 2px"></i> has failures</span><span class="hint">Point at a state for its screen, click it for its transitions and elements.</span></div>
</header>
<div class="layout">
<div id="cy" data-testid="graph"></div>
<aside id="side" hidden>
<button type="button" id="side-close" class="close" aria-label="close the panel">×</button>
<div id="path-result" data-testid="path-result" data-edges="0"></div>
<div id="state-panel" data-testid="state-panel"></div>
</aside>
</div>
<div id="preview" class="preview" hidden></div>`;
  return renderPage({
    title: `MAPLE · ${title}`,
    css: readAsset('fsm.css'),
    body,
    tail: `<script type="application/json" id="fsm-data">${jsonForScript(model)}</script>`,
    scripts: [readPackageFile('cytoscape', 'dist/cytoscape.min.js'), ...SCRIPTS.map(readAsset)],
  });
}
