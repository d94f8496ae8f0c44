// FSM explorer: wires the page together. The graph (graph.js), a state's
// panel on click (panel.js) and its wireframe on hover (wireframe.js), safe
// shortest paths (paths.js), search and the app filter. Plain ES5-style JS:
// it runs in the browser as-is, without a build step.
(function () {
  'use strict';
  var F = window.MapleFsm;
  var model = JSON.parse(document.getElementById('fsm-data').textContent);
  var cy = F.createGraph(model, document.getElementById('cy'));
  var groupsById = {};
  model.groups.forEach(function (g) {
    groupsById[g.id] = g;
  });
  var appSel = document.getElementById('app');
  function visibleApps() {
    return appSel.value ? [appSel.value] : null;
  }
  function isShown(stateId) {
    var apps = visibleApps();
    return !apps || apps.indexOf(F.statesById[stateId].app) >= 0;
  }
  function fullName(s) {
    var g = groupsById[s.app];
    return (g ? g.label : s.app) + ' \u203A ' + s.name;
  }

  // ---- focus: a state's own transitions stand out, with their labels ----
  function clearFocus() {
    cy.elements().removeClass('focus faded');
  }
  function focus(node) {
    clearFocus();
    var edges = node.connectedEdges();
    edges.addClass('focus');
    cy.elements(':visible')
      .not(edges)
      .not(edges.connectedNodes())
      .not(node.ancestors())
      .not(edges.connectedNodes().ancestors())
      .addClass('faded');
  }

  // ---- the side panel: opens with a state or a path, closes with its button ----
  // While it is open the graph is narrower, so what is centred or brought into view is not under the panel.
  var side = document.getElementById('side');
  var layout = document.querySelector('.layout');
  function setSide(open) {
    if (side.hidden === !open) return;
    side.hidden = !open;
    layout.classList.toggle('side-open', open);
    cy.resize();
  }
  function openSide() {
    setSide(true);
  }
  document.getElementById('side-close').addEventListener('click', function () {
    setSide(false);
    cy.$(':selected').unselect();
    clearFocus();
  });

  // ---- state panel ----
  var panel = document.getElementById('state-panel');
  function showState(id) {
    openSide();
    F.renderStatePanel(panel, model, id, {
      goto: select,
      pathEnd: function (end, stateId) {
        (end === 'from' ? fromSel : toSel).value = stateId;
        showPath();
      },
    });
  }
  function select(id) {
    var node = cy.getElementById(id);
    if (node.empty()) return;
    cy.$(':selected').unselect();
    node.select();
    focus(node);
    showState(id);
    cy.animate({ center: { eles: node } }, { duration: 200 });
  }
  cy.on('tap', 'node', function (ev) {
    if (ev.target.data('isApp')) return;
    focus(ev.target);
    showState(ev.target.id());
    bringIntoView(ev.target);
  });
  cy.on('tap', function (ev) {
    if (ev.target === cy) clearFocus();
  });

  // ---- hover: the state's screen beside the pointer ----
  var preview = document.getElementById('preview');
  cy.on('mouseover', 'node', function (ev) {
    var s = F.statesById[ev.target.id()];
    if (!s) return;
    preview.innerHTML = '<b>' + F.esc(fullName(s)) + '</b>' + F.wireframe(s, true, 160);
    var box = cy.container().getBoundingClientRect();
    var p = ev.renderedPosition;
    var left = box.left + p.x + 24;
    preview.style.left = (left + 190 > window.innerWidth ? box.left + p.x - 204 : left) + 'px';
    preview.style.top = Math.max(8, Math.min(window.innerHeight - 400, box.top + p.y - 60)) + 'px';
    preview.hidden = false;
  });
  cy.on('mouseout', 'node', function () {
    preview.hidden = true;
  });

  // ---- shortest safe path ----
  var fromSel = document.getElementById('path-from');
  var toSel = document.getElementById('path-to');
  var pathOut = document.getElementById('path-result');
  function fillSelects() {
    var byApp = {};
    model.states.forEach(function (s) {
      if (isShown(s.id)) (byApp[s.app] = byApp[s.app] || []).push(s);
    });
    var options = model.groups
      .filter(function (g) {
        return byApp[g.id];
      })
      .map(function (g) {
        return (
          '<optgroup label="' +
          F.esc(g.label) +
          '">' +
          byApp[g.id]
            .sort(function (a, b) {
              return a.name.localeCompare(b.name);
            })
            .map(function (s) {
              return '<option value="' + F.esc(s.id) + '">' + F.esc(s.name) + '</option>';
            })
            .join('') +
          '</optgroup>'
        );
      })
      .join('');
    [fromSel, toSel].forEach(function (sel) {
      var keep = sel.value;
      sel.innerHTML =
        '<option value="">' + (sel === fromSel ? 'from state\u2026' : 'to state\u2026') + '</option>' + options;
      sel.value = keep;
    });
  }
  function clearPath() {
    cy.elements().removeClass('path on-path path-end');
    pathOut.innerHTML = '';
    pathOut.setAttribute('data-edges', '0');
    pathOut.removeAttribute('data-blocked');
    pathOut.removeAttribute('data-path');
  }
  function showPath() {
    clearPath();
    clearFocus();
    var from = fromSel.value;
    var to = toSel.value;
    if (!from || !to) return;
    var shown = model.transitions.filter(function (t) {
      return isShown(t.source) && isShown(t.target);
    });
    var found = F.safePath(shown, from, to);
    openSide();
    cy.getElementById(from).addClass('path-end');
    cy.getElementById(to).addClass('path-end');
    var a = F.esc(F.statesById[from].name);
    var b = F.esc(F.statesById[to].name);
    if (!found.path) {
      if (found.blockedBy) {
        pathOut.setAttribute('data-blocked', 'true');
        pathOut.innerHTML =
          '<p><span class="badge bad">no safe path</span> every known route from <b>' +
          a +
          '</b> to <b>' +
          b +
          '</b> takes a destructive step (<code>' +
          F.esc(found.blockedBy.label) +
          '</code>), so none is suggested.</p>';
      } else {
        pathOut.innerHTML =
          '<p><span class="badge bad">no path</span> no known transitions lead from <b>' +
          a +
          '</b> to <b>' +
          b +
          '</b>.</p>';
      }
      return;
    }
    var eles = cy.collection();
    found.path.forEach(function (t) {
      var edge = cy.getElementById('e:' + F.pairKey(t.source, t.target));
      // The path's edge says the step taken, not every action known between the two states.
      edge.data('pathLabel', (t.source === edge.data('source') ? '\u2192 ' : '\u2190 ') + t.label);
      edge.addClass('path');
      eles = eles.union(edge).union(edge.connectedNodes());
    });
    eles.nodes().addClass('on-path');
    pathOut.setAttribute('data-edges', String(found.path.length));
    pathOut.setAttribute(
      'data-path',
      JSON.stringify(
        found.path.map(function (t) {
          return t.id;
        }),
      ),
    );
    pathOut.innerHTML =
      '<p><b>' +
      found.path.length +
      ' step' +
      (found.path.length === 1 ? '' : 's') +
      '</b> from ' +
      a +
      ' to ' +
      b +
      ' <span class="hint">(no destructive steps)</span>:</p><ol>' +
      found.path
        .map(function (t) {
          return '<li><code>' + F.esc(t.label) + '</code> \u2192 ' + F.esc(F.statesById[t.target].name) + '</li>';
        })
        .join('') +
      '</ol>';
    bringIntoView(eles);
  }
  /** Pans (and zooms out if need be, never in) so that `eles` are all on screen. */
  function bringIntoView(eles) {
    if (eles.empty()) return;
    var box = eles.renderedBoundingBox();
    var c = cy.container();
    if (box.x1 >= 0 && box.y1 >= 0 && box.x2 <= c.clientWidth && box.y2 <= c.clientHeight) return;
    var pad = 40;
    var bb = eles.boundingBox();
    var zoom = Math.min(cy.zoom(), (c.clientWidth - 2 * pad) / bb.w, (c.clientHeight - 2 * pad) / bb.h);
    cy.animate(
      {
        zoom: zoom,
        pan: {
          x: c.clientWidth / 2 - ((bb.x1 + bb.x2) / 2) * zoom,
          y: c.clientHeight / 2 - ((bb.y1 + bb.y2) / 2) * zoom,
        },
      },
      { duration: 250 },
    );
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
      searchOut.removeAttribute('data-count');
      return;
    }
    var hits = cy.nodes(':visible').filter(function (n) {
      var s = F.statesById[n.id()];
      return (
        !!s &&
        (s.name.toLowerCase().indexOf(q) >= 0 ||
          s.title.toLowerCase().indexOf(q) >= 0 ||
          s.id.toLowerCase().indexOf(q) === 0 ||
          s.elements.some(function (e) {
            return e.label.toLowerCase().indexOf(q) >= 0;
          }))
      );
    });
    hits.addClass('match');
    cy.elements(':visible').not(hits).not(hits.ancestors()).addClass('faded');
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
  function applyApp() {
    var app = appSel.value;
    cy.batch(function () {
      cy.elements().removeClass('hidden');
      if (app)
        cy.elements()
          .filter(function (e) {
            return e.data('app') !== app;
          })
          .addClass('hidden');
    });
    clearPath();
    clearFocus();
    fillSelects();
    F.arrange(cy, model, visibleApps());
    doSearch();
  }
  appSel.addEventListener('change', applyApp);

  document.getElementById('stats').textContent =
    model.states.length +
    ' states \u00B7 ' +
    model.transitions.length +
    ' transitions \u00B7 ' +
    model.groups.length +
    ' app' +
    (model.groups.length === 1 ? '' : 's');
  if (appSel.value) applyApp();
  else {
    fillSelects();
    F.arrange(cy, model, null);
  }
  window.addEventListener('resize', function () {
    cy.resize();
    F.arrange(cy, model, visibleApps());
  });
  window.mapleFsm = {
    cy: cy,
    model: model,
    select: select,
    showState: showState,
    showPath: showPath,
    wireframe: F.wireframe,
  };
  document.body.setAttribute('data-ready', 'true');
})();
