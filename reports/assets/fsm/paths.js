// FSM explorer: the shortest known path between two states, in transitions
// (breadth-first), over the apps on show. A suggested path never contains a
// destructive transition (delete, send, pay, reset...: marked by the page's
// builder); when every known route needs one, the page says so and names
// the step instead of suggesting it.
(function () {
  'use strict';
  var F = (window.MapleFsm = window.MapleFsm || {});

  function bfs(transitions, from, to, allowDestructive) {
    var out = {};
    transitions.forEach(function (t) {
      if (t.source === t.target || (!allowDestructive && t.destructive)) return;
      (out[t.source] = out[t.source] || []).push(t);
    });
    var via = {};
    via[from] = null;
    var queue = [from];
    for (var i = 0; i < queue.length; i++) {
      var at = queue[i];
      if (at === to) break;
      (out[at] || []).forEach(function (t) {
        if (Object.prototype.hasOwnProperty.call(via, t.target)) return;
        via[t.target] = t;
        queue.push(t.target);
      });
    }
    if (!Object.prototype.hasOwnProperty.call(via, to)) return null;
    var path = [];
    for (var s = to; via[s]; s = via[s].source) path.unshift(via[s]);
    return path;
  }

  /**
   * { path: [transitions] } for the shortest safe path; { path: null, blockedBy: transition } when only a route
   * through a destructive step is known (the first such step); { path: null } when none is known.
   */
  F.safePath = function (transitions, from, to) {
    var safe = bfs(transitions, from, to, false);
    if (safe) return { path: safe };
    var any = bfs(transitions, from, to, true);
    if (!any) return { path: null };
    return {
      path: null,
      blockedBy: any.filter(function (t) {
        return t.destructive;
      })[0],
    };
  };
})();
