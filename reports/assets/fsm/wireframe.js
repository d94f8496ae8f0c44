// FSM explorer: an SVG wireframe of a state's representative screen, for the
// state panel and the hover preview. With element bounds it draws elements
// where they were; without, it lays them out in reading order (app bar, tabs
// in a row, one row per element), which is how the FSM keeps them. Texts
// never overlap: a container's label gives way to the labels inside it, and
// a text that would cover one already drawn is left out (the element list
// in the panel has every label).
(function () {
  'use strict';
  var F = (window.MapleFsm = window.MapleFsm || {});

  var W = 180;
  var ROLE_FILL = {
    button: '#3a5ccc',
    tab: '#dfe6fb',
    input: '#fff',
    switch: '#fff',
    checkbox: '#fff',
    radio: '#fff',
    image: '#cfd5df',
    listitem: '#fff',
    text: 'transparent',
  };
  var STRUCTURAL = { container: 1, list: 1, scroll: 1, toolbar: 1, other: 1, webview: 1 };
  var UNLABELLED = { switch: 1, image: 1 };
  // DejaVu Sans averages a little over half an em per character.
  var CHAR_EM = 0.58;

  function esc(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  F.esc = esc;

  function clip(text, n) {
    text = String(text || '');
    n = Math.max(1, n);
    return text.length > n ? text.slice(0, n - 1) + '\u2026' : text;
  }

  function rect(x, y, w, h, fill, extra) {
    return (
      '<rect x="' +
      x.toFixed(1) +
      '" y="' +
      y.toFixed(1) +
      '" width="' +
      Math.max(0.5, w).toFixed(1) +
      '" height="' +
      Math.max(0.5, h).toFixed(1) +
      '" fill="' +
      fill +
      '"' +
      (extra || '') +
      '/>'
    );
  }

  // Texts placed so far in one drawing, so the next one can stay clear of them.
  function TextLayer() {
    this.boxes = [];
    this.parts = [];
  }
  TextLayer.prototype.add = function (x, y, size, fill, text, maxWidth, weight) {
    var chars = Math.floor(maxWidth / (size * CHAR_EM));
    // Fewer than four characters ("Mo…") say nothing: an icon's box stays bare.
    if (!text || chars < Math.min(4, text.length)) return false;
    var shown = clip(text, chars);
    var box = { x: x, y: y - size, w: shown.length * size * CHAR_EM, h: size * 1.25 };
    for (var i = 0; i < this.boxes.length; i++) {
      var b = this.boxes[i];
      if (box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h) return false;
    }
    this.boxes.push(box);
    this.parts.push(
      '<text x="' +
        x.toFixed(1) +
        '" y="' +
        y.toFixed(1) +
        '" font-size="' +
        size +
        '" fill="' +
        fill +
        '"' +
        (weight ? ' font-weight="' + weight + '"' : '') +
        '>' +
        esc(shown) +
        '</text>',
    );
    return true;
  };

  function inside(a, b) {
    return (
      a !== b &&
      a.bounds.left >= b.bounds.left &&
      a.bounds.right <= b.bounds.right &&
      a.bounds.top >= b.bounds.top &&
      a.bounds.bottom <= b.bounds.bottom
    );
  }

  var OVERLAY = /^(dlg|pop|sys):/;

  // Boxes of `list`, then the innermost labels on them. A row's label repeats its children's, which say it
  // better; a switch's or an image's label names what sits beside it, so it is not written on the control.
  function drawBoxes(list, k, p, texts, detail, fillOf) {
    list.forEach(function (e) {
      var b = e.bounds;
      p.push(
        rect(
          b.left * k,
          b.top * k,
          (b.right - b.left) * k,
          (b.bottom - b.top) * k,
          fillOf(e),
          ' rx="2" stroke="' +
            (e.actionable ? '#3a5ccc' : '#c3c9d3') +
            '" stroke-width="' +
            (e.actionable ? 1.2 : 0.6) +
            '"',
        ),
      );
    });
    if (!detail) return;
    var labelled = list.filter(function (e) {
      return e.label && !UNLABELLED[e.role];
    });
    labelled
      .filter(function (e) {
        return !labelled.some(function (o) {
          return inside(o, e);
        });
      })
      .forEach(function (e) {
        var b = e.bounds;
        var eh = (b.bottom - b.top) * k;
        if (eh < 5) return;
        var size = Math.max(5.5, Math.min(9, eh * 0.55));
        var fill = e.role === 'button' && fillOf(e) === ROLE_FILL.button ? '#fff' : '#1d2330';
        texts.add(b.left * k + 3, b.top * k + eh / 2 + size * 0.35, size, fill, e.label, (b.right - b.left) * k - 5);
      });
  }

  // Elements where they were on the screen; a dialog or menu over the screen dims what is under it and its
  // own texts come on top. Returns the drawing's height.
  function drawWithBounds(state, shown, p, detail) {
    var sw = state.screen ? state.screen.width : 1;
    var sh = state.screen ? state.screen.height : 1;
    if (!state.screen) {
      shown.forEach(function (e) {
        if (e.bounds) {
          sw = Math.max(sw, e.bounds.right);
          sh = Math.max(sh, e.bounds.bottom);
        }
      });
    }
    var k = W / sw;
    var H = Math.round((sh / sw) * W);
    var boxed = shown.filter(function (e) {
      return !!e.bounds;
    });
    var base = boxed.filter(function (e) {
      return !OVERLAY.test(e.sig);
    });
    var over = boxed.filter(function (e) {
      return OVERLAY.test(e.sig);
    });
    var texts = new TextLayer();
    drawBoxes(base, k, p, texts, detail, function (e) {
      return ROLE_FILL[e.role] || '#fff';
    });
    p.push(texts.parts.join(''));
    if (over.length) {
      p.push(rect(1, 1, W - 2, H - 2, '#000', ' rx="9" opacity=".35"'));
      var top = new TextLayer();
      drawBoxes(over, k, p, top, detail, function (e) {
        return e.role === 'button' ? ROLE_FILL.button : '#fff';
      });
      p.push(top.parts.join(''));
    }
    return H;
  }

  function drawRows(state, shown, p, texts, detail, H) {
    var title = state.title || state.name;
    p.push(rect(1, 11, W - 2, 30, '#3a5ccc'));
    if (detail) texts.add(10, 31, 12, '#fff', title, W - 20, 600);
    else p.push(rect(10, 22, Math.min(120, 8 + title.length * 5), 8, '#fff', ' rx="3" opacity=".85"'));
    var y = 48;
    var body = shown.filter(function (e) {
      return !/^(dlg|pop|sys):/.test(e.sig) && e.label !== state.title;
    });
    var tabs = body.filter(function (e) {
      return e.role === 'tab';
    });
    if (tabs.length) {
      var tw = (W - 12) / tabs.length;
      tabs.forEach(function (t, i) {
        p.push(rect(6 + i * tw, y, tw - 2, 16, '#dfe6fb', ' rx="3"'));
        if (detail) texts.add(9 + i * tw, y + 11, 7, '#1d2330', t.label, tw - 6);
      });
      y += 22;
    }
    var rest = body.filter(function (e) {
      return e.role !== 'tab';
    });
    var rowH = 22;
    var drawn = 0;
    for (var i = 0; i < rest.length && y + rowH <= H - 18; i++, drawn++, y += rowH) {
      var e = rest[i];
      var lw = Math.min(150, 14 + (e.label || '').length * 4.5);
      if (e.role === 'button') {
        var bw = Math.max(40, Math.min(W - 20, lw));
        p.push(rect(10, y + 2, bw, rowH - 6, '#3a5ccc', ' rx="8"'));
        if (detail) texts.add(18, y + 14, 8, '#fff', e.label, bw - 14);
      } else if (e.role === 'input') {
        p.push(rect(8, y + 2, W - 16, rowH - 6, '#fff', ' rx="3" stroke="#8c959f"'));
        if (detail) texts.add(13, y + 14, 8, '#8c959f', e.label || 'text field', W - 28);
      } else if (e.role === 'switch' || e.role === 'checkbox' || e.role === 'radio') {
        p.push(rect(W - 34, y + 5, 22, 11, '#c3c9d3', ' rx="5.5"'));
        p.push('<circle cx="' + (W - 28) + '" cy="' + (y + 10.5) + '" r="5" fill="#fff" stroke="#8c959f"/>');
        if (detail) texts.add(10, y + 14, 8, '#1d2330', e.label, W - 50);
        else p.push(rect(10, y + 8, Math.min(110, lw), 5, '#9aa3b0', ' rx="2"'));
      } else if (e.role === 'image') {
        p.push(rect(10, y + 2, rowH - 4, rowH - 4, '#cfd5df', ' rx="3"'));
        if (detail && e.label) texts.add(rowH + 12, y + 14, 8, '#667085', e.label, W - rowH - 20);
      } else {
        if (e.actionable || e.role === 'listitem')
          p.push(rect(6, y + 1, W - 12, rowH - 3, '#fff', ' rx="3" stroke="#dde1e8"'));
        if (detail) texts.add(12, y + 14, 8, e.actionable ? '#1d2330' : '#667085', e.label || e.role, W - 24);
        else p.push(rect(12, y + 8, Math.min(W - 30, lw), 5, e.actionable ? '#6b7687' : '#b4bcc8', ' rx="2"'));
      }
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
  }

  function drawDialog(state, shown, p, detail, H) {
    var dialog = shown.filter(function (e) {
      return /^(dlg|pop):/.test(e.sig);
    });
    if (!state.dialogTitle && !dialog.length) return;
    var dh = 40 + Math.min(dialog.length, 6) * 18;
    var dy = (H - dh) / 2;
    var texts = new TextLayer();
    p.push(rect(1, 1, W - 2, H - 2, '#000', ' rx="9" opacity=".35"'));
    p.push(rect(16, dy, W - 32, dh, '#fff', ' rx="6"'));
    if (detail) texts.add(26, dy + 20, 10, '#1d2330', state.dialogTitle || 'Dialog', W - 52, 600);
    else p.push(rect(26, dy + 12, 80, 7, '#30343b', ' rx="3"'));
    dialog.slice(0, 6).forEach(function (d, j) {
      var yy = dy + 32 + j * 18;
      if (detail) texts.add(26, yy + 10, 8, d.actionable ? '#3a5ccc' : '#1d2330', d.label || d.role, W - 52);
      else
        p.push(
          rect(
            26,
            yy + 4,
            Math.min(100, 10 + (d.label || '').length * 4),
            6,
            d.actionable ? '#3a5ccc' : '#9aa3b0',
            ' rx="2"',
          ),
        );
    });
    p.push(texts.parts.join(''));
  }

  /** The wireframe SVG of a state, `width` px wide: `detail` adds the texts; without it, a bare thumbnail. */
  F.wireframe = function (state, detail, width) {
    var shown = state.elements.filter(function (e) {
      return !STRUCTURAL[e.role] || (detail && e.label && e.actionable);
    });
    var withBounds = state.elements.some(function (e) {
      return !!e.bounds;
    });
    var p = [];
    var H = 380;
    if (withBounds) H = drawWithBounds(state, shown, p, detail);
    else {
      var texts = new TextLayer();
      drawRows(state, shown, p, texts, detail, H);
      p.push(texts.parts.join(''));
      drawDialog(state, shown, p, detail, H);
    }
    var w = width || (detail ? 200 : 54);
    return (
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ' +
      W +
      ' ' +
      H +
      '" width="' +
      w +
      '" height="' +
      Math.round((w * H) / W) +
      '" font-family="DejaVu Sans, Verdana, sans-serif">' +
      rect(0, 0, W, H, state.external ? '#eceff3' : '#fafbfc', ' rx="10" stroke="#99a1ad" stroke-width="2"') +
      rect(1, 1, W - 2, 10, '#30343b', ' rx="9"') +
      p.join('') +
      '</svg>'
    );
  };
})();
