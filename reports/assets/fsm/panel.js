// FSM explorer: the state panel. A clicked state's wireframe, facts, the
// transitions that leave it (with their pre- and post-conditions) and reach
// it, and its elements.
(function () {
  'use strict';
  var F = (window.MapleFsm = window.MapleFsm || {});

  function fmt(ms) {
    return ms ? new Date(ms).toISOString().replace('T', ' ').slice(0, 19) : '-';
  }

  function condition(t) {
    var post = [t.post.state ? 'state ' + t.post.state : '']
      .concat(t.post.elements.length ? ['shows ' + t.post.elements.join(', ')] : [])
      .filter(Boolean)
      .join('; ');
    return (
      '<div class="cond"><b>pre:</b> ' +
      (t.pre.length ? t.pre.map(F.esc).join(', ') : 'none') +
      ' \u00B7 <b>post:</b> ' +
      F.esc(post || 'none') +
      '</div>'
    );
  }

  function transitionRows(list, dir) {
    if (!list.length) return '<p class="hint">none</p>';
    return (
      '<table><thead><tr><th>action</th><th>' +
      (dir === 'out' ? 'to' : 'from') +
      '</th><th class="num">n</th></tr></thead><tbody>' +
      list
        .map(function (t) {
          var other = F.statesById[dir === 'out' ? t.target : t.source];
          return (
            '<tr data-testid="transition-' +
            dir +
            '"><td><code>' +
            F.esc(t.label) +
            '</code>' +
            (t.destructive
              ? ' <span class="badge bad" title="never part of a suggested path">destructive</span>'
              : '') +
            (dir === 'out' ? condition(t) : '') +
            '</td><td><a href="#" data-goto="' +
            F.esc(other ? other.id : '') +
            '">' +
            F.esc(other ? other.name : '?') +
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

  function facts(s, appLabel) {
    var rows = [
      ['app', appLabel + (appLabel !== s.app ? ' (' + s.app + ')' : '')],
      ['key', '<code>' + F.esc(s.id) + '</code>', true],
    ];
    if (s.storedName) rows.push(['stored name', s.storedName]);
    if (s.activity) rows.push(['activity', s.activity]);
    rows.push(['visits', String(s.visits)]);
    rows.push([
      'stable',
      s.stable ? '<span class="badge ok">stable</span>' : '<span class="badge warn">unstable</span>',
      true,
    ]);
    if (s.entry) rows.push(['entry', 'where the app opens']);
    rows.push(['first seen', fmt(s.firstSeen)]);
    rows.push(['last seen', fmt(s.lastSeen)]);
    return (
      '<dl>' +
      rows
        .map(function (r) {
          return '<dt>' + r[0] + '</dt><dd>' + (r[2] ? r[1] : F.esc(r[1])) + '</dd>';
        })
        .join('') +
      '</dl>'
    );
  }

  /** Fills `panel` with state `id`; `on.goto(id)` and `on.pathEnd('from'|'to', id)` handle its links. */
  F.renderStatePanel = function (panel, model, id, on) {
    var s = F.statesById[id];
    if (!s) return;
    var out = model.transitions.filter(function (t) {
      return t.source === id;
    });
    var inc = model.transitions.filter(function (t) {
      return t.target === id;
    });
    var group = model.groups.filter(function (g) {
      return g.id === s.app;
    })[0];
    panel.innerHTML =
      '<h2 data-testid="state-name">' +
      F.esc(s.name) +
      '</h2><div class="screen-wrap"><div data-testid="state-screen">' +
      F.wireframe(s, true, 150) +
      '</div>' +
      facts(s, group ? group.label : s.app) +
      '</div><p><button type="button" class="secondary" data-set="from">path from here</button> <button type="button" class="secondary" data-set="to">path to here</button></p><h3>Leaves by (' +
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
            F.esc(e.role) +
            '</td><td title="' +
            F.esc(e.sig) +
            '">' +
            F.esc(e.label) +
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
        on.pathEnd(b.getAttribute('data-set'), id);
      });
    });
    panel.querySelectorAll('[data-goto]').forEach(function (a) {
      a.addEventListener('click', function (ev) {
        ev.preventDefault();
        on.goto(a.getAttribute('data-goto'));
      });
    });
  };
})();
