/**
 * The FSM explorer page: the view model as embedded JSON, cytoscape and
 * cytoscape-dagre inlined from node_modules (so the page opens from disk with
 * no network), and the explorer script (assets/fsm.js).
 */
import { escapeHtml, jsonForScript } from '../html/escapeHtml.ts';
import { readAsset, readPackageFile } from '../html/readAsset.ts';
import { renderPage } from '../html/renderPage.ts';
import type { FsmViewModel } from './FsmViewModel.ts';

export function renderFsmView(model: FsmViewModel, options: { title?: string; app?: string } = {}): string {
  const title =
    options.title ?? (model.apps.length === 1 ? `FSM of ${model.apps[0]}` : `FSMs of ${model.apps.length} apps`);
  const appOptions = [
    `<option value="">all apps</option>`,
    ...model.apps.map(
      (a) => `<option value="${escapeHtml(a)}"${a === options.app ? ' selected' : ''}>${escapeHtml(a)}</option>`,
    ),
  ].join('');
  const body = `<header class="page">
<h1>${escapeHtml(title)}</h1>
<div class="controls">
<select id="app" aria-label="app">${appOptions}</select>
<input id="search" type="search" placeholder="search states by label" aria-label="search"> <span id="search-count" class="hint"></span>
</div>
<div class="controls"><b>Shortest path</b>
<select id="path-from" aria-label="path from"></select> → <select id="path-to" aria-label="path to"></select>
<button type="button" id="path-clear" class="secondary">clear</button></div>
<div class="legend"><span id="stats"></span><span><i style="border-color:#1a7f37"></i> stable</span><span><i style="border-color:#d4a72c;border-style:dashed"></i> unstable</span><span><i style="border-color:#1a7f37;border-style:double;border-width:4px"></i> entry ▶</span><span><i style="border-color:#e5848b;border-style:dashed;border-width:0 0 2px"></i> has failures</span><span id="layout-note"></span></div>
</header>
<div class="layout">
<div id="cy" data-testid="graph"></div>
<aside>
<div id="path-result" data-testid="path-result" data-edges="0"></div>
<div id="state-panel" data-testid="state-panel"><p class="hint">Click a state to see its screen, its elements and the transitions with their pre- and post-conditions. Pick two states above (or "path from/to here") for the shortest known path.</p></div>
</aside>
</div>`;
  return renderPage({
    title: `MAPLE · ${title}`,
    css: readAsset('fsm.css'),
    body,
    tail: `<script type="application/json" id="fsm-data">${jsonForScript(model)}</script>`,
    scripts: [
      readPackageFile('cytoscape', 'dist/cytoscape.min.js'),
      readPackageFile('cytoscape-dagre', 'dist/cytoscape-dagre.min.js'),
      readAsset('fsm.js') +
        (options.app
          ? `\n;(function(){var s=document.getElementById('app');s.dispatchEvent(new Event('change'));})();`
          : ''),
    ],
  });
}
