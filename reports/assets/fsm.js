// FSM explorer: draws the app graph embedded in #fsm-data with cytoscape +
// cytoscape-dagre (inlined before this script), screen wireframes as SVG,
// search, a state panel and shortest paths. Plain ES5-style JS: it runs in
// the browser as-is, without a build step.
/* global cytoscape, cytoscapeDagre */
(function () {
  'use strict';
  var model = JSON.parse(document.getElementById('fsm-data').textContent);
  if (typeof cytoscapeDagre !== 'undefined') cytoscape.use(cytoscapeDagre);

  var statesById = {};
  model.states.forEach(function (s) {
    statesById[s.id] = s;
  });

  function esc(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function clip(text, n) {
    text = String(text || '');
    return text.length > n ? text.slice(0, n - 1) + '\u2026' : text;
  }

  var ROLE_FILL = {
    button: '#3a5ccc',
    tab: '#dfe6fb',
    input: '#fff',
    switch: '#fff',
    checkbox: '#fff',
    radio: '#fff',
    image: '#cfd5df',
    listitem: '#fff',
    text: 'none',
  };
  var STRUCTURAL = { container: 1, list: 1, scroll: 1, toolbar: 1, other: 1, webview: 1 };

  // An SVG wireframe of a state's representative screen. With element bounds
  // it draws them where they were; without, it lays the elements out in
  // reading order (app bar, tabs in a row, one row per element), which is how
  // the FSM keeps them.
  function wireframe(state, detail) {
    var W = 180;
    var H = 380;
    var withBounds = state.elements.some(function (e) {
      return !!e.bounds;
    });
    var sw = 1080;
    var sh = 2400;
    if (withBounds) {
      if (state.screen) {
        sw = state.screen.width;
        sh = state.screen.height;
      } else {
        sw = Math.max.apply(
          null,
          state.elements
            .map(function (e) {
              return e.bounds ? e.bounds.right : 0;
            })
            .concat([1]),
        );
        sh = Math.max.apply(
          null,
          state.elements
            .map(function (e) {
              return e.bounds ? e.bounds.bottom : 0;
            })
            .concat([1]),
        );
      }
      H = Math.round((sh / sw) * W);
    }
    var p = [];
    var w = detail ? 200 : 54;
    p.push(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ' +
        W +
        ' ' +
        H +
        '" width="' +
        w +
        '" height="' +
        Math.round((w * H) / W) +
        '" font-family="system-ui, DejaVu Sans, sans-serif">',
    );
    p.push(
      '<rect width="' +
        W +
        '" height="' +
        H +
        '" rx="10" fill="' +
        (state.external ? '#eceff3' : '#fafbfc') +
        '" stroke="#99a1ad" stroke-width="2"/>',
    );
    p.push('<rect x="1" y="1" width="' + (W - 2) + '" height="10" rx="9" fill="#30343b"/>');
    var shown = state.elements.filter(function (e) {
      return !STRUCTURAL[e.role] || (detail && e.label && e.actionable);
    });
    if (withBounds) {
      var k = W / sw;
      shown.forEach(function (e) {
        if (!e.bounds) return;
        var x = e.bounds.left * k;
        var y = e.bounds.top * k;
        var ew = Math.max(1, (e.bounds.right - e.bounds.left) * k);
        var eh = Math.max(1, (e.bounds.bottom - e.bounds.top) * k);
        var fill = ROLE_FILL[e.role] || '#fff';
        p.push(
          '<rect x="' +
            x.toFixed(1) +
            '" y="' +
            y.toFixed(1) +
            '" width="' +
            ew.toFixed(1) +
            '" height="' +
            eh.toFixed(1) +
            '" rx="2" fill="' +
            (fill === 'none' ? 'transparent' : fill) +
            '" stroke="' +
            (e.actionable ? '#3a5ccc' : '#c3c9d3') +
            '" stroke-width="' +
            (e.actionable ? 1.2 : 0.6) +
            '"/>',
        );
        if (detail && e.label && eh >= 8) {
          p.push(
            '<text x="' +
              (x + 3).toFixed(1) +
              '" y="' +
              (y + Math.min(eh, 14) / 2 + 3).toFixed(1) +
              '" font-size="7" fill="' +
              (e.role === 'button' ? '#fff' : '#1d2330') +
              '">' +
              esc(clip(e.label, Math.max(3, Math.floor(ew / 4)))) +
              '</text>',
          );
        }
      });
      p.push('</svg>');
      return p.join('');
    }
    // Schematic layout.
    p.push('<rect x="1" y="11" width="' + (W - 2) + '" height="30" fill="#3a5ccc"/>');
    if (detail)
      p.push(
        '<text x="10" y="31" font-size="12" fill="#fff" font-weight="600">' +
          esc(clip(state.title || state.name, 24)) +
          '</text>',
      );
    else
      p.push(
        '<rect x="10" y="22" width="' +
          Math.min(120, 8 + (state.title || state.name).length * 5) +
          '" height="8" rx="3" fill="#fff" opacity=".85"/>',
      );
    var y = 48;
    var dialog = shown.filter(function (e) {
      return /^(dlg|pop):/.test(e.sig);
    });
    var body = shown.filter(function (e) {
      return !/^(dlg|pop|sys):/.test(e.sig) && e.label !== state.title;
    });
    var tabs = body.filter(function (e) {
      return e.role === 'tab';
    });
    if (tabs.length) {
      var tw = (W - 12) / tabs.length;
      tabs.forEach(function (t, i) {
        p.push(
          '<rect x="' +
            (6 + i * tw).toFixed(1) +
            '" y="' +
            y +
            '" width="' +
            (tw - 2).toFixed(1) +
            '" height="16" rx="3" fill="#dfe6fb"/>',
        );
        if (detail)
          p.push(
            '<text x="' +
              (9 + i * tw).toFixed(1) +
              '" y="' +
              (y + 11) +
              '" font-size="7" fill="#1d2330">' +
              esc(clip(t.label, Math.floor(tw / 4.2))) +
              '</text>',
          );
      });
      y += 22;
    }
    var rest = body.filter(function (e) {
      return e.role !== 'tab';
    });
    var rowH = 22;
    var drawn = 0;
    for (var i = 0; i < rest.length; i++) {
      if (y + rowH > H - 18) break;
      var e = rest[i];
      var lw = Math.min(150, 14 + (e.label || '').length * 4.5);
      if (e.role === 'button') {
        p.push(
          '<rect x="10" y="' +
            (y + 2) +
            '" width="' +
            Math.max(40, Math.min(W - 20, lw)) +
            '" height="' +
            (rowH - 6) +
            '" rx="8" fill="#3a5ccc"/>',
        );
        if (detail)
          p.push('<text x="18" y="' + (y + 14) + '" font-size="8" fill="#fff">' + esc(clip(e.label, 34)) + '</text>');
      } else if (e.role === 'input') {
        p.push(
          '<rect x="8" y="' +
            (y + 2) +
            '" width="' +
            (W - 16) +
            '" height="' +
            (rowH - 6) +
            '" rx="3" fill="#fff" stroke="#8c959f"/>',
        );
        if (detail)
          p.push(
            '<text x="13" y="' +
              (y + 14) +
              '" font-size="8" fill="#8c959f">' +
              esc(clip(e.label || 'text field', 36)) +
              '</text>',
          );
      } else if (e.role === 'switch' || e.role === 'checkbox' || e.role === 'radio') {
        p.push(
          '<rect x="' +
            (W - 34) +
            '" y="' +
            (y + 5) +
            '" width="22" height="11" rx="5.5" fill="#c3c9d3"/><circle cx="' +
            (W - 28) +
            '" cy="' +
            (y + 10.5) +
            '" r="5" fill="#fff" stroke="#8c959f"/>',
        );
        if (detail)
          p.push(
            '<text x="10" y="' + (y + 14) + '" font-size="8" fill="#1d2330">' + esc(clip(e.label, 30)) + '</text>',
          );
        else
          p.push(
            '<rect x="10" y="' + (y + 8) + '" width="' + Math.min(110, lw) + '" height="5" rx="2" fill="#9aa3b0"/>',
          );
      } else if (e.role === 'image') {
        p.push(
          '<rect x="10" y="' +
            (y + 2) +
            '" width="' +
            (rowH - 4) +
            '" height="' +
            (rowH - 4) +
            '" rx="3" fill="#cfd5df"/>',
        );
        if (detail && e.label)
          p.push(
            '<text x="' +
              (rowH + 12) +
              '" y="' +
              (y + 14) +
              '" font-size="8" fill="#667085">' +
              esc(clip(e.label, 30)) +
              '</text>',
          );
      } else {
        var boxed = e.actionable || e.role === 'listitem';
        if (boxed)
          p.push(
            '<rect x="6" y="' +
              (y + 1) +
              '" width="' +
              (W - 12) +
              '" height="' +
              (rowH - 3) +
              '" rx="3" fill="#fff" stroke="#dde1e8"/>',
          );
        if (detail)
          p.push(
            '<text x="12" y="' +
              (y + 14) +
              '" font-size="8" fill="' +
              (e.actionable ? '#1d2330' : '#667085') +
              '">' +
              esc(clip(e.label || e.role, 36)) +
              '</text>',
          );
        else
          p.push(
            '<rect x="12" y="' +
              (y + 8) +
              '" width="' +
              Math.min(W - 30, lw) +
              '" height="5" rx="2" fill="' +
              (e.actionable ? '#6b7687' : '#b4bcc8') +
              '"/>',
          );
      }
      y += rowH;
      drawn++;
    }
    if (drawn < rest.length) {
      p.push(
        '<text x="' +
          W / 2 +
          '" y="' +
          (H - 6) +
          '" font-size="' +
          (detail ? 9 : 14) +
          '" text-anchor="middle" fill="#667085">+' +
          (rest.length - drawn) +
          ' more</text>',
      );
    }
    if (state.dialogTitle || dialog.length) {
      var dh = 40 + Math.min(dialog.length, 6) * 18;
      var dy = (H - dh) / 2;
      p.push('<rect x="1" y="1" width="' + (W - 2) + '" height="' + (H - 2) + '" rx="9" fill="#000" opacity=".35"/>');
      p.push('<rect x="16" y="' + dy + '" width="' + (W - 32) + '" height="' + dh + '" rx="6" fill="#fff"/>');
      if (detail)
        p.push(
          '<text x="26" y="' +
            (dy + 20) +
            '" font-size="10" font-weight="600" fill="#1d2330">' +
            esc(clip(state.dialogTitle || 'Dialog', 24)) +
            '</text>',
        );
      else p.push('<rect x="26" y="' + (dy + 12) + '" width="80" height="7" rx="3" fill="#30343b"/>');
      dialog.slice(0, 6).forEach(function (d, j) {
        var yy = dy + 32 + j * 18;
        if (detail)
          p.push(
            '<text x="26" y="' +
              (yy + 10) +
              '" font-size="8" fill="' +
              (d.actionable ? '#3a5ccc' : '#1d2330') +
              '">' +
              esc(clip(d.label || d.role, 28)) +
              '</text>',
          );
        else
          p.push(
            '<rect x="26" y="' +
              (yy + 4) +
              '" width="' +
              Math.min(100, 10 + (d.label || '').length * 4) +
              '" height="6" rx="2" fill="' +
              (d.actionable ? '#3a5ccc' : '#9aa3b0') +
              '"/>',
          );
      });
    }
    p.push('</svg>');
    return p.join('');
  }

  function svgUri(svg) {
    return 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  }

  var elements = [];
  model.states.forEach(function (s) {
    var classes = [s.stable ? 'stable' : 'unstable'];
    if (s.entry) classes.push('entry');
    if (s.external) classes.push('external');
    elements.push({
      group: 'nodes',
      data: { id: s.id, label: (s.entry ? '\u25B6 ' : '') + s.name, app: s.app, thumb: svgUri(wireframe(s, false)) },
      classes: classes.join(' '),
    });
  });
  model.transitions.forEach(function (t, i) {
    elements.push({
      group: 'edges',
      data: {
        id: 't' + i,
        tid: t.id,
        source: t.source,
        target: t.target,
        app: t.app,
        label: t.label + ' \u00D7' + t.count + (t.failures ? ' (' + t.failures + ' failed)' : ''),
        weight: 1,
      },
      classes: t.failures ? 'has-failures' : '',
    });
  });

  var cy = cytoscape({
    container: document.getElementById('cy'),
    elements: elements,
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      {
        selector: 'node',
        style: {
          shape: 'round-rectangle',
          width: 54,
          height: 114,
          'background-color': '#fff',
          'background-image': 'data(thumb)',
          'background-fit': 'contain',
          'background-clip': 'none',
          'border-width': 3,
          'border-color': '#1a7f37',
          label: 'data(label)',
          'text-valign': 'bottom',
          'text-margin-y': 5,
          'font-size': 10,
          'text-wrap': 'ellipsis',
          'text-max-width': 110,
          'min-zoomed-font-size': 6,
          color: '#1d2330',
        },
      },
      { selector: 'node.unstable', style: { 'border-color': '#d4a72c', 'border-style': 'dashed' } },
      { selector: 'node.entry', style: { 'border-width': 5, 'border-style': 'double' } },
      { selector: 'node.external', style: { opacity: 0.6, 'border-color': '#8c959f' } },
      {
        selector: 'node:selected',
        style: { 'overlay-color': '#3a5ccc', 'overlay-opacity': 0.2, 'overlay-padding': 6 },
      },
      {
        selector: 'node.match',
        style: { 'underlay-color': '#ffd33d', 'underlay-opacity': 0.9, 'underlay-padding': 8 },
      },
      { selector: '.faded', style: { opacity: 0.18 } },
      { selector: 'node.on-path', style: { 'border-color': '#ff2d55', 'border-width': 5 } },
      {
        selector: 'node.path-end',
        style: { 'underlay-color': '#ff2d55', 'underlay-opacity': 0.35, 'underlay-padding': 8 },
      },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          'line-color': '#9aa3b0',
          'target-arrow-color': '#9aa3b0',
          label: 'data(label)',
          'font-size': 8,
          'text-rotation': 'autorotate',
          'text-background-color': '#fbfbfd',
          'text-background-opacity': 0.85,
          'text-background-padding': 1,
          'min-zoomed-font-size': 7,
          color: '#445',
        },
      },
      {
        selector: 'edge:loop',
        style: {
          'curve-style': 'bezier',
          'control-point-step-size': 50,
          'loop-direction': '-45deg',
          'loop-sweep': '-60deg',
        },
      },
      {
        selector: 'edge.has-failures',
        style: { 'line-style': 'dashed', 'line-color': '#e5848b', 'target-arrow-color': '#e5848b' },
      },
      {
        selector: 'edge.path',
        style: {
          width: 5,
          'line-color': '#ff2d55',
          'target-arrow-color': '#ff2d55',
          'z-index': 10,
          color: '#c0163c',
          'font-weight': 'bold',
        },
      },
      { selector: 'edge.hidden, node.hidden', style: { display: 'none' } },
    ],
    layout: { name: 'preset' },
  });

  // dagre's layered layout reads best, but its crossing reduction grows fast
  // (about 1 s at 100 states with 400 transitions, 6 s at 200 in headless
  // Chromium), so bigger graphs get cytoscape's concentric layout: rings by
  // distance from the entry state, the entry in the middle.
  var DAGRE_MAX_NODES = 90;
  var DAGRE_MAX_EDGES = 360;
  function depthsFromEntry(visible) {
    var depth = {};
    var roots = visible.nodes('.entry');
    if (roots.empty()) roots = visible.nodes().roots();
    if (roots.empty()) roots = visible.nodes().first();
    visible.bfs({
      roots: roots,
      directed: true,
      visit: function (v, e, u, i, d) {
        depth[v.id()] = d;
      },
    });
    return depth;
  }
  function runLayout() {
    var visible = cy.elements(':visible');
    var n = visible.nodes().length;
    var useDagre =
      typeof cytoscapeDagre !== 'undefined' && n <= DAGRE_MAX_NODES && visible.edges().length <= DAGRE_MAX_EDGES;
    var note = document.getElementById('layout-note');
    note.textContent = useDagre
      ? ''
      : n +
        ' states: rings by distance from the entry (layered layout up to ' +
        DAGRE_MAX_NODES +
        ' states; pick one app to narrow)';
    if (useDagre) {
      visible
        .layout({ name: 'dagre', rankDir: 'TB', nodeSep: 40, rankSep: 70, edgeSep: 10, fit: true, padding: 30 })
        .run();
      return;
    }
    var depth = depthsFromEntry(visible);
    var maxDepth = 0;
    Object.keys(depth).forEach(function (k) {
      maxDepth = Math.max(maxDepth, depth[k]);
    });
    visible
      .layout({
        name: 'concentric',
        fit: true,
        padding: 30,
        avoidOverlap: true,
        minNodeSpacing: 12,
        concentric: function (node) {
          var d = depth[node.id()];
          return maxDepth + 1 - (d === undefined ? maxDepth + 1 : d);
        },
        levelWidth: function () {
          return 1;
        },
      })
      .run();
  }

  // ---- state panel ----
  var panel = document.getElementById('state-panel');
  function transitionRows(list, dir) {
    if (!list.length) return '<p class="hint">none</p>';
    return (
      '<table><thead><tr><th>action</th><th>' +
      (dir === 'out' ? 'to' : 'from') +
      '</th><th class="num">n</th></tr></thead><tbody>' +
      list
        .map(function (t) {
          var other = statesById[dir === 'out' ? t.target : t.source];
          var cond = '';
          if (dir === 'out') {
            cond =
              '<div class="cond"><b>pre:</b> ' +
              (t.pre.length ? t.pre.map(esc).join(', ') : 'none') +
              ' \u00B7 <b>post:</b> ' +
              esc(
                [t.post.state ? 'state ' + t.post.state : '']
                  .concat(t.post.elements.length ? ['shows ' + t.post.elements.join(', ')] : [])
                  .filter(Boolean)
                  .join('; ') || 'none',
              ) +
              '</div>';
          }
          return (
            '<tr data-testid="transition-' +
            dir +
            '"><td><code>' +
            esc(t.label) +
            '</code>' +
            cond +
            '</td><td><a href="#" data-goto="' +
            esc(other ? other.id : '') +
            '">' +
            esc(other ? other.name : '?') +
            '</a></td><td class="num">' +
            t.count +
            (t.failures ? ' <span class="badge bad">' + t.failures + ' failed</span>' : '') +
            '</td></tr>'
          );
        })
        .join('') +
      '</tbody></table>'
    );
  }
  function showState(id) {
    var s = statesById[id];
    if (!s) return;
    var out = model.transitions.filter(function (t) {
      return t.source === id;
    });
    var inc = model.transitions.filter(function (t) {
      return t.target === id;
    });
    var fmt = function (ms) {
      return ms ? new Date(ms).toISOString().replace('T', ' ').slice(0, 19) : '-';
    };
    panel.innerHTML =
      '<h2 data-testid="state-name">' +
      esc(s.name) +
      '</h2>' +
      '<div class="screen-wrap"><div data-testid="state-screen">' +
      wireframe(s, true) +
      '</div>' +
      '<dl><dt>app</dt><dd>' +
      esc(s.app) +
      '</dd><dt>key</dt><dd><code>' +
      esc(s.id) +
      '</code></dd>' +
      (s.activity ? '<dt>activity</dt><dd>' + esc(s.activity) + '</dd>' : '') +
      '<dt>visits</dt><dd>' +
      s.visits +
      '</dd><dt>stable</dt><dd>' +
      (s.stable ? '<span class="badge ok">stable</span>' : '<span class="badge warn">unstable</span>') +
      '</dd>' +
      (s.entry ? '<dt>entry</dt><dd>where the app opens</dd>' : '') +
      '<dt>first seen</dt><dd>' +
      fmt(s.firstSeen) +
      '</dd><dt>last seen</dt><dd>' +
      fmt(s.lastSeen) +
      '</dd></dl></div>' +
      '<p><button type="button" class="secondary" data-set="from">path from here</button> <button type="button" class="secondary" data-set="to">path to here</button></p>' +
      '<h3>Leaves by (' +
      out.length +
      ')</h3>' +
      transitionRows(out, 'out') +
      '<h3>Reached from (' +
      inc.length +
      ')</h3>' +
      transitionRows(inc, 'in') +
      '<h3>Elements (' +
      s.elements.length +
      ')</h3><table data-testid="element-list"><thead><tr><th>role</th><th>label</th><th></th></tr></thead><tbody>' +
      s.elements
        .map(function (e) {
          return (
            '<tr><td>' +
            esc(e.role) +
            '</td><td title="' +
            esc(e.sig) +
            '">' +
            esc(e.label) +
            '</td><td>' +
            (e.actionable ? '\u25CF' : '') +
            '</td></tr>'
          );
        })
        .join('') +
      '</tbody></table>';
    panel.setAttribute('data-state', id);
    panel.querySelectorAll('[data-set]').forEach(function (b) {
      b.addEventListener('click', function () {
        document.getElementById('path-' + b.getAttribute('data-set')).value = id;
        showPath();
      });
    });
    panel.querySelectorAll('[data-goto]').forEach(function (a) {
      a.addEventListener('click', function (ev) {
        ev.preventDefault();
        select(a.getAttribute('data-goto'));
      });
    });
  }
  function select(id) {
    var node = cy.getElementById(id);
    if (node.empty()) return;
    cy.$(':selected').unselect();
    node.select();
    cy.animate({ center: { eles: node } }, { duration: 200 });
    showState(id);
  }
  cy.on('tap', 'node', function (ev) {
    showState(ev.target.id());
  });

  // ---- shortest path ----
  var fromSel = document.getElementById('path-from');
  var toSel = document.getElementById('path-to');
  var pathOut = document.getElementById('path-result');
  function fillSelects() {
    var visible = model.states
      .filter(function (s) {
        return !cy.getElementById(s.id).hasClass('hidden');
      })
      .sort(function (a, b) {
        return a.name.localeCompare(b.name);
      });
    [fromSel, toSel].forEach(function (sel) {
      var keep = sel.value;
      sel.innerHTML =
        '<option value="">' +
        (sel === fromSel ? 'from state\u2026' : 'to state\u2026') +
        '</option>' +
        visible
          .map(function (s) {
            return '<option value="' + esc(s.id) + '">' + esc(s.name) + ' (' + esc(s.id.slice(0, 6)) + ')</option>';
          })
          .join('');
      sel.value = keep;
    });
  }
  function clearPath() {
    cy.elements().removeClass('path on-path path-end');
    pathOut.innerHTML = '';
    pathOut.setAttribute('data-edges', '0');
  }
  function showPath() {
    clearPath();
    var from = fromSel.value;
    var to = toSel.value;
    if (!from || !to) return;
    var src = cy.getElementById(from);
    var dst = cy.getElementById(to);
    var dj = cy.elements(':visible').dijkstra({
      root: src,
      weight: function (e) {
        return e.data('weight');
      },
      directed: true,
    });
    var dist = dj.distanceTo(dst);
    src.addClass('path-end');
    dst.addClass('path-end');
    if (!isFinite(dist)) {
      pathOut.innerHTML =
        '<p><span class="badge bad">no path</span> no known transitions lead from <b>' +
        esc(statesById[from].name) +
        '</b> to <b>' +
        esc(statesById[to].name) +
        '</b>.</p>';
      return;
    }
    var path = dj.pathTo(dst);
    path.edges().addClass('path');
    path.nodes().addClass('on-path');
    pathOut.setAttribute('data-edges', String(path.edges().length));
    pathOut.innerHTML =
      '<p><b>' +
      path.edges().length +
      ' step' +
      (path.edges().length === 1 ? '' : 's') +
      '</b> from ' +
      esc(statesById[from].name) +
      ' to ' +
      esc(statesById[to].name) +
      ':</p><ol>' +
      path
        .edges()
        .map(function (e) {
          return (
            '<li><code>' + esc(e.data('label')) + '</code> \u2192 ' + esc(statesById[e.data('target')].name) + '</li>'
          );
        })
        .join('') +
      '</ol>';
    cy.animate({ fit: { eles: path, padding: 60 } }, { duration: 250 });
  }
  fromSel.addEventListener('change', showPath);
  toSel.addEventListener('change', showPath);
  document.getElementById('path-clear').addEventListener('click', function () {
    fromSel.value = '';
    toSel.value = '';
    clearPath();
  });

  // ---- search ----
  var search = document.getElementById('search');
  var searchOut = document.getElementById('search-count');
  function doSearch() {
    var q = search.value.trim().toLowerCase();
    cy.elements().removeClass('match faded');
    if (!q) {
      searchOut.textContent = '';
      return;
    }
    var hits = cy.nodes(':visible').filter(function (n) {
      var s = statesById[n.id()];
      return (
        s.name.toLowerCase().indexOf(q) >= 0 ||
        s.title.toLowerCase().indexOf(q) >= 0 ||
        s.id.toLowerCase().indexOf(q) === 0 ||
        s.elements.some(function (e) {
          return e.label.toLowerCase().indexOf(q) >= 0;
        })
      );
    });
    hits.addClass('match');
    cy.elements(':visible').not(hits).not(hits.connectedEdges()).addClass('faded');
    searchOut.textContent = hits.length + ' match' + (hits.length === 1 ? '' : 'es');
    searchOut.setAttribute('data-count', String(hits.length));
  }
  search.addEventListener('input', doSearch);
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') {
      var first = cy.nodes('.match').first();
      if (first.nonempty()) select(first.id());
    }
  });

  // ---- app filter ----
  var appSel = document.getElementById('app');
  function applyApp() {
    var app = appSel.value;
    cy.batch(function () {
      cy.elements().removeClass('hidden');
      if (app) {
        cy.nodes()
          .filter(function (n) {
            return n.data('app') !== app;
          })
          .addClass('hidden');
        cy.edges()
          .filter(function (e) {
            return e.data('app') !== app;
          })
          .addClass('hidden');
      }
    });
    clearPath();
    fillSelects();
    runLayout();
    doSearch();
  }
  appSel.addEventListener('change', applyApp);

  document.getElementById('stats').textContent =
    model.states.length +
    ' states \u00B7 ' +
    model.transitions.length +
    ' transitions \u00B7 ' +
    model.apps.length +
    ' app' +
    (model.apps.length === 1 ? '' : 's');
  fillSelects();
  runLayout();
  window.mapleFsm = {
    cy: cy,
    model: model,
    select: select,
    showState: showState,
    showPath: showPath,
    wireframe: wireframe,
  };
  document.body.setAttribute('data-ready', 'true');
})();
