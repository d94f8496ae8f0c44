// FSM explorer: the graph. Every app is a box (a compound node) around its
// states; every state a box sized to its label, placed by the page's
// builder (reports/fsm/layout). Here the app boxes are arranged to fill the
// window: shelf packing, trying row widths until the arrangement that shows
// everything at the largest zoom. Transitions between the same two states
// are drawn as one edge; labels of edges appear on the edges in focus.
/* global cytoscape */
(function () {
  'use strict';
  var F = (window.MapleFsm = window.MapleFsm || {});

  var PAD = 10; // inside an app box, around its states
  var TITLE = 22; // above an app box, for its name
  var GAP = 16; // between app boxes
  var FONT = 'DejaVu Sans, Verdana, sans-serif';

  var measure = document.createElement('canvas').getContext('2d');
  function titleWidth(text) {
    measure.font = '600 13px ' + FONT;
    return measure.measureText(text).width;
  }

  F.groupTitle = function (g) {
    return g.label + ' \u00B7 ' + g.states + ' state' + (g.states === 1 ? '' : 's');
  };

  // The inner width of an app's box: its states, or its title when that is wider.
  function innerWidth(g) {
    return Math.max(g.width, titleWidth(F.groupTitle(g)) + 8 - 2 * PAD);
  }

  /** Top-left corner of every app box (its title above it), packed to fit a cw x ch window, and the size of it all. */
  F.packGroups = function (groups, cw, ch) {
    var boxes = groups.map(function (g) {
      return { id: g.id, w: innerWidth(g) + 2 * PAD, h: g.height + 2 * PAD + TITLE };
    });
    boxes.sort(function (a, b) {
      return b.h - a.h || b.w - a.w;
    });
    var widest = Math.max.apply(
      null,
      boxes.map(function (b) {
        return b.w;
      }),
    );
    var total = boxes.reduce(function (n, b) {
      return n + b.w + GAP;
    }, 0);
    var best = null;
    for (var step = 0; step <= 40; step++) {
      var limit = widest + ((total - widest) * step) / 40;
      var x = 0;
      var y = 0;
      var rowH = 0;
      var width = 0;
      var at = {};
      boxes.forEach(function (b) {
        if (x > 0 && x + b.w > limit) {
          x = 0;
          y += rowH + GAP;
          rowH = 0;
        }
        at[b.id] = { x: x, y: y };
        x += b.w + GAP;
        rowH = Math.max(rowH, b.h);
        width = Math.max(width, x - GAP);
      });
      var height = y + rowH;
      var zoom = Math.min(cw / width, ch / height);
      if (!best || zoom > best.zoom) best = { zoom: zoom, at: at, width: width, height: height };
    }
    return best || { at: {}, width: 0, height: 0 };
  };

  /**
   * Two states of one column that are not neighbours: a straight line between them would run through the
   * states between, so their edge arcs out to the side.
   */
  function sameColumn(a, b) {
    var s = F.statesById[a];
    var t = F.statesById[b];
    if (!s || !t || s.app !== t.app || Math.abs(s.box.x - t.box.x) > 0.5) return false;
    return Math.abs(s.box.y - t.box.y) > (s.box.height + t.box.height) / 2 + 12;
  }

  /** The id of the edge drawn between two states, whichever way the transition goes. */
  F.pairKey = function (a, b) {
    return a < b ? a + '\u2194' + b : b + '\u2194' + a;
  };

  function edgeLabel(list, arrow) {
    var labels = list.map(function (t) {
      return (
        arrow + t.label + (t.count > 1 ? ' \u00D7' + t.count : '') + (t.failures ? ' (' + t.failures + ' failed)' : '')
      );
    });
    return labels.slice(0, 3).join('\n') + (labels.length > 3 ? '\n+' + (labels.length - 3) + ' more' : '');
  }

  /** cytoscape elements: app boxes, states placed by `at`, one edge per pair of states (self-loops are listed in the panel). */
  F.elements = function (model, at) {
    var out = [];
    var groupsById = {};
    model.groups.forEach(function (g) {
      groupsById[g.id] = g;
      var inner = innerWidth(g);
      out.push({
        group: 'nodes',
        data: { id: 'app:' + g.id, label: F.groupTitle(g), app: g.id, isApp: true, minW: inner, minH: g.height },
        classes: 'app' + (g.external ? ' external' : ''),
        selectable: false,
      });
    });
    model.states.forEach(function (s) {
      var g = groupsById[s.app];
      var o = at[s.app] || { x: 0, y: 0 };
      var shift = (innerWidth(g) - g.width) / 2;
      var classes = [s.stable ? 'stable' : 'unstable'];
      if (s.entry) classes.push('entry');
      if (s.external) classes.push('external');
      out.push({
        group: 'nodes',
        data: {
          id: s.id,
          parent: 'app:' + s.app,
          app: s.app,
          text: s.lines.join('\n'),
          w: s.box.width,
          h: s.box.height,
        },
        position: { x: o.x + PAD + shift + s.box.x, y: o.y + TITLE + PAD + s.box.y },
        classes: 'state ' + classes.join(' '),
      });
    });
    // One edge per pair of states: both directions share it (an arrow at each end), which halves the lines
    // of a graph where nearly every step has its way back.
    var pairs = {};
    model.transitions.forEach(function (t) {
      if (t.source === t.target) return;
      var key = F.pairKey(t.source, t.target);
      var pair = (pairs[key] = pairs[key] || { source: t.source, target: t.target, there: [], back: [] });
      (t.source === pair.source ? pair.there : pair.back).push(t);
    });
    Object.keys(pairs).forEach(function (key) {
      var pair = pairs[key];
      var all = pair.there.concat(pair.back);
      var classes = [];
      if (pair.back.length) classes.push('both');
      if (
        all.some(function (t) {
          return t.failures > 0;
        })
      )
        classes.push('has-failures');
      if (
        all.some(function (t) {
          return !!t.targetApp;
        })
      )
        classes.push('cross');
      if (sameColumn(pair.source, pair.target)) classes.push('arc');
      var label = edgeLabel(pair.there, '\u2192 ') + (pair.back.length ? '\n' + edgeLabel(pair.back, '\u2190 ') : '');
      out.push({
        group: 'edges',
        data: { id: 'e:' + key, source: pair.source, target: pair.target, app: pair.there[0].app, label: label },
        classes: classes.join(' '),
      });
    });
    return out;
  };

  F.style = [
    {
      selector: 'node.state',
      style: {
        shape: 'round-rectangle',
        width: 'data(w)',
        height: 'data(h)',
        'background-color': '#fff',
        'border-width': 1.5,
        'border-color': '#1a7f37',
        label: 'data(text)',
        'text-wrap': 'wrap',
        'text-max-width': '1000px',
        'text-valign': 'center',
        'text-halign': 'center',
        'font-family': FONT,
        'font-size': 11,
        'line-height': 13 / 11,
        color: '#1d2330',
      },
    },
    { selector: 'node.unstable', style: { 'border-color': '#d4a72c', 'border-style': 'dashed' } },
    { selector: 'node.entry', style: { 'border-width': 3 } },
    {
      selector: 'node.external',
      style: { 'border-color': '#8c959f', 'border-style': 'dotted', 'background-color': '#eceff3' },
    },
    {
      selector: 'node.app',
      style: {
        shape: 'round-rectangle',
        'background-color': '#eef1f7',
        'border-width': 1,
        'border-color': '#c6cedb',
        'border-style': 'solid',
        padding: PAD,
        'min-width': 'data(minW)',
        'min-height': 'data(minH)',
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-size': 13,
        'font-weight': 600,
        color: '#3a4150',
      },
    },
    { selector: 'node.app.external', style: { 'background-color': '#f6f7f9', 'border-style': 'dashed' } },
    { selector: 'node:selected', style: { 'border-color': '#3a5ccc', 'border-width': 3 } },
    {
      selector: 'node.match',
      style: { 'underlay-color': '#ffd33d', 'underlay-opacity': 0.9, 'underlay-padding': 5 },
    },
    { selector: '.faded', style: { opacity: 0.22 } },
    { selector: 'node.on-path', style: { 'border-color': '#ff2d55', 'border-width': 3 } },
    {
      selector: 'node.path-end',
      style: { 'underlay-color': '#ff2d55', 'underlay-opacity': 0.3, 'underlay-padding': 6 },
    },
    {
      selector: 'edge',
      style: {
        width: 1,
        // Straight lines: bezier curves cost cytoscape three times as long to draw at 500 states.
        'curve-style': 'straight',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        'line-color': '#aab3c2',
        'target-arrow-color': '#aab3c2',
        'source-arrow-color': '#aab3c2',
        opacity: 0.5,
      },
    },
    { selector: 'edge.both', style: { 'source-arrow-shape': 'triangle' } },
    {
      selector: 'edge.arc',
      style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': 40, 'control-point-weights': 0.5 },
    },
    {
      selector: 'edge.cross',
      style: {
        'line-style': 'dashed',
        'line-color': '#8fa3d6',
        'target-arrow-color': '#8fa3d6',
        'source-arrow-color': '#8fa3d6',
      },
    },
    {
      selector: 'edge.has-failures',
      style: { 'line-color': '#e5848b', 'target-arrow-color': '#e5848b', 'source-arrow-color': '#e5848b' },
    },
    {
      selector: 'edge.focus, edge.path',
      style: {
        opacity: 1,
        width: 2,
        'line-color': '#3a5ccc',
        'target-arrow-color': '#3a5ccc',
        'source-arrow-color': '#3a5ccc',
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 9,
        'text-wrap': 'wrap',
        'text-background-color': '#fff',
        'text-background-opacity': 0.9,
        'text-background-padding': 2,
        color: '#1d2330',
        // Over the states, so the steps in focus and their labels are never hidden behind a box.
        'z-compound-depth': 'top',
        'z-index': 9,
      },
    },
    {
      selector: 'edge.path',
      style: {
        label: 'data(pathLabel)',
        width: 4,
        'line-color': '#ff2d55',
        'target-arrow-color': '#ff2d55',
        'source-arrow-color': '#ff2d55',
        color: '#c0163c',
        'z-index': 10,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
  ];

  /** Arranges the visible app boxes for the window and fits them; states keep their places inside their app. */
  F.arrange = function (cy, model, visibleApps) {
    var container = cy.container();
    var groups = model.groups.filter(function (g) {
      return !visibleApps || visibleApps.indexOf(g.id) >= 0;
    });
    var packed = F.packGroups(groups, container.clientWidth, container.clientHeight);
    var at = packed.at;
    cy.batch(function () {
      groups.forEach(function (g) {
        var o = at[g.id];
        var shift = (innerWidth(g) - g.width) / 2;
        cy.getElementById('app:' + g.id)
          .children()
          .forEach(function (n) {
            var s = F.statesById[n.id()];
            n.position({ x: o.x + PAD + shift + s.box.x, y: o.y + TITLE + PAD + s.box.y });
          });
      });
    });
    // The viewport comes from the packed size, known exactly here, rather than from cytoscape's bounding box,
    // which counts labels only once they are drawn. A small graph is not blown up past twice its size.
    var margin = 16;
    var zoom = Math.min(
      2,
      (container.clientWidth - 2 * margin) / Math.max(1, packed.width),
      (container.clientHeight - 2 * margin) / Math.max(1, packed.height),
    );
    cy.viewport({
      zoom: zoom,
      pan: {
        x: (container.clientWidth - packed.width * zoom) / 2,
        y: (container.clientHeight - packed.height * zoom) / 2,
      },
    });
  };

  F.createGraph = function (model, container) {
    F.statesById = {};
    model.states.forEach(function (s) {
      F.statesById[s.id] = s;
    });
    return cytoscape({
      container: container,
      elements: F.elements(model, {}),
      minZoom: 0.05,
      maxZoom: 4,
      style: F.style,
      layout: { name: 'preset' },
      autoungrabify: false,
    });
  };
})();
