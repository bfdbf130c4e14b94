// Caseload's accessibility mirror: the canvas is invisible to screen readers, so the page keeps a
// second, semantic face of the app, a DOM tree of real headings, landmarks, tables, buttons, text
// fields, checkboxes, tabs and dialogs, updated each frame from the app's record of its controls
// (app/ui/a11y_mirror.cpp sends only what changed). The tree is transparent and lies over the
// canvas, each control at the place it is drawn, so a screen reader's focus ring, a magnifier and
// touch exploration land on the right spot.
//
// Focus is shared: focusing a node here focuses the same control in the app (which draws its
// keyboard highlight), and the app's own focus moves are followed here. Activating a node (Enter,
// Space, a screen reader's click) activates the control; typing in a mirrored field sets the
// field's value. Tab and Shift+Tab move through the mirror in reading order; Tab on the canvas
// enters it, so the keyboard is never trapped.
(function () {
  'use strict';

  var DISABLED = 1, CHECKED = 2, INVALID = 4, MULTILINE = 16;
  var KEY_UP = 0, KEY_DOWN = 1, KEY_ENTER = 2, KEY_ESCAPE = 3;
  var FOCUSABLE = 'button, input, select, textarea';

  var root = null, polite = null, assertive = null, canvas = null;
  var nodes = new Map();          // key -> node
  var api = null;                 // set by attach(): calls into the app
  var passedToApp = new Set();    // keys whose keydown the app saw, so it also sees their keyup
  var appFocusKey = 0;            // the node the app last said has its focus
  var canvasInUse = false;        // the pointer was used on the canvas since the mirror had focus
  var pageLeftOnce = false;       // focus has been in the mirror before (Tab from the page wraps)

  function element(tag, attributes) {
    var el = document.createElement(tag);
    if (attributes) Object.keys(attributes).forEach(function (name) { el.setAttribute(name, attributes[name]); });
    return el;
  }

  // ---- building nodes -------------------------------------------------------------------------

  function create(key, role) {
    var node = {key: key, role: role, el: null, focusEl: null, anchor: null, head: null, body: null, id: 0,
                value: '', multiline: false, placed: false};
    switch (role) {
      case 'button': node.el = element('button', {type: 'button'}); node.el.className = 'at'; break;
      case 'textbox': break;  // decided in update(): single or multi-line
      case 'password':
        node.el = element('input', {type: 'password', autocomplete: 'current-password'});
        node.el.className = 'at';
        break;
      case 'checkbox': node.el = element('input', {type: 'checkbox'}); node.el.className = 'at'; break;
      case 'heading': break;  // decided in update(): its level
      case 'text': case 'status': case 'alert': node.el = element('p'); break;
      case 'row': break;      // decided once its parent is known
      case 'cell':
        node.el = element('td');
        node.anchor = node.el.appendChild(element('span'));
        break;
      case 'columnheader': node.el = element('th', {scope: 'col'}); break;
      case 'tab': node.el = element('button', {type: 'button', role: 'tab'}); node.el.className = 'at'; break;
      case 'combobox': node.el = element('select'); node.el.className = 'at'; break;
      case 'dialog': node.el = element('div', {role: 'dialog', 'aria-modal': 'true', tabindex: '-1'}); break;
      case 'region': node.el = element('div', {role: 'img'}); break;
      case 'table': {
        node.el = element('table');
        node.anchor = node.el.appendChild(element('caption'));
        var head = node.el.appendChild(element('thead'));
        node.head = head.appendChild(element('tr'));
        node.body = node.el.appendChild(element('tbody'));
        break;
      }
      case 'tablist':  // the tabs, then the open tab's panel
        node.el = element('div');
        node.tabs = node.anchor = node.el.appendChild(element('div', {role: 'tablist'}));
        break;
      case 'tabpanel': node.el = element('div', {role: 'tabpanel'}); break;
      case 'navigation': node.el = element('nav'); break;
      case 'main': node.el = element('main'); break;
      case 'banner': node.el = element('header'); break;
      default: node.el = element('span', {hidden: ''}); break;  // options live in their <select>
    }
    return node;
  }

  // A row in a table has a row header: a button when the row can be opened, its text otherwise.
  function makeRow(node, inTable, interactive, label) {
    if (inTable && !interactive && !label) {  // a row of plain cells (a week in the month grid)
      node.el = element('tr');
      node.inTable = true;
      return;
    }
    if (inTable) {
      node.el = element('tr');
      var header = node.el.appendChild(element('th', {scope: 'row'}));
      if (interactive) {
        node.focusEl = header.appendChild(element('button', {type: 'button'}));
        node.focusEl.className = 'at';
      }
      node.anchor = header;
    } else {
      node.el = element('button', {type: 'button'});
      node.el.className = 'at';
    }
    node.inTable = inTable;
  }

  function place(el, x, y, w, h) {
    el.style.left = x + 'px';
    el.style.top = y + 'px';
    el.style.width = Math.max(1, w) + 'px';
    el.style.height = Math.max(1, h) + 'px';
  }

  function setText(el, text) {
    if (el.textContent !== text) el.textContent = text;
  }

  function setFlag(el, name, on, value) {
    if (on) el.setAttribute(name, value || 'true');
    else el.removeAttribute(name);
  }

  function update(node, data) {
    var label = data[3], value = data[4], flags = data[5], level = data[6];
    var x = data[7], y = data[8], w = data[9], h = data[10];
    node.id = data[11] >>> 0;
    node.value = value;
    if (!node.el) {
      if (node.role === 'textbox') {
        node.multiline = (flags & MULTILINE) !== 0;
        node.el = element(node.multiline ? 'textarea' : 'input', node.multiline ? {} : {type: 'text'});
        node.el.className = 'at';
      } else if (node.role === 'heading') {
        node.el = element('h' + Math.min(6, Math.max(1, level || 2)), {tabindex: '-1'});
      }
    }
    var el = node.el;
    el.dataset.key = node.key;
    switch (node.role) {
      case 'button':
        setText(el, label || value);
        setFlag(el, 'aria-disabled', flags & DISABLED);
        place(el, x, y, w, h);
        break;
      case 'textbox': case 'password':
        el.setAttribute('aria-label', label);
        setFlag(el, 'aria-invalid', flags & INVALID);
        setFlag(el, 'aria-disabled', flags & DISABLED);
        if (node.role === 'textbox' && document.activeElement !== el && el.value !== value) el.value = value;
        place(el, x, y, w, h);
        break;
      case 'checkbox':
        el.setAttribute('aria-label', label);
        el.checked = (flags & CHECKED) !== 0;
        place(el, x, y, w, h);
        break;
      case 'heading': case 'text': case 'status': case 'alert':
        setText(el, value ? label + ': ' + value : label);
        break;
      case 'row': {
        var target = node.focusEl || (node.inTable ? node.anchor : el);
        if (!target) break;
        setText(target, node.inTable || !value ? label : label + ', ' + value);
        if (target.tagName === 'BUTTON') {
          setFlag(target, 'aria-current', flags & CHECKED);
          place(target, x, y, w, h);
        }
        break;
      }
      case 'cell': setText(node.anchor, label); break;
      case 'columnheader':
        setText(el, label);
        setFlag(el, 'aria-sort', (flags & CHECKED) && value, value);
        break;
      case 'tab':
        setText(el, label);
        el.setAttribute('aria-selected', (flags & CHECKED) ? 'true' : 'false');
        place(el, x, y, w, h);
        break;
      case 'combobox': {
        el.setAttribute('aria-label', label);
        var options = data[12].split('\n').filter(function (o) { return o !== ''; });
        if (el.options.length !== options.length ||
            options.some(function (o, i) { return el.options[i].value !== o; })) {
          el.textContent = '';
          options.forEach(function (o) { el.appendChild(element('option')).textContent = o; });
        }
        if (el.value !== value) el.value = value;
        place(el, x, y, w, h);
        break;
      }
      case 'dialog': case 'navigation': case 'main': case 'tabpanel':
        setFlag(el, 'aria-label', !!label, label);
        break;
      case 'tablist': setFlag(node.tabs, 'aria-label', !!label, label); break;
      case 'region': el.setAttribute('aria-label', value ? label + ': ' + value : label); break;
      case 'table':
        setText(node.anchor, label);
        setFlag(el, 'aria-rowcount', level > 0, String(level));
        break;
    }
  }

  // Where a child goes inside its parent: a table's header cells into its header row and rows
  // into its body; a row's cells after its row header.
  function boxFor(parent, role) {
    if (parent.role === 'table') return role === 'columnheader' ? parent.head : parent.body;
    if (parent.role === 'tablist' && role === 'tab') return parent.tabs;
    return parent.el;
  }

  function reorder(order) {
    var placedIn = new Map();
    var seen = new Set();
    for (var i = 0; i < order.length; i += 2) {
      var node = nodes.get(order[i]);
      if (!node || !node.el) continue;
      seen.add(order[i]);
      var parent = order[i + 1] ? nodes.get(order[i + 1]) : null;
      // Dialogs sit at the top level, so everything else can be made inert while one is open.
      var box = !parent || node.role === 'dialog' ? root : boxFor(parent, node.role);
      var after = placedIn.has(box) ? placedIn.get(box) : (parent && box === parent.el ? parent.anchor : null);
      if (after && after.parentNode !== box) after = null;
      var wanted = after ? after.nextSibling : box.firstChild;
      if (wanted !== node.el) box.insertBefore(node.el, wanted);
      placedIn.set(box, node.el);
    }
    nodes.forEach(function (node, key) {
      if (!seen.has(key)) {
        if (node.el) node.el.remove();
        nodes.delete(key);
      }
    });
    describeFieldErrors();
    var dialogOpen = false;
    nodes.forEach(function (node) { if (node.role === 'dialog') dialogOpen = true; });
    Array.prototype.forEach.call(root.children, function (child) {
      var isDialog = child.getAttribute('role') === 'dialog';
      child.inert = dialogOpen && !isDialog;
    });
  }

  // A field's error line is drawn right below it: tie the two, so the error is read with the
  // field (aria-describedby), not only announced once.
  function describeFieldErrors() {
    nodes.forEach(function (node) {
      if (node.role !== 'alert' || !node.el) return;
      node.el.id = 'mirror-' + node.key;
      var field = node.el.previousElementSibling;
      if (field && /^(INPUT|TEXTAREA|SELECT)$/.test(field.tagName)) field.setAttribute('aria-describedby', node.el.id);
    });
    root.querySelectorAll('[aria-describedby]').forEach(function (field) {
      var target = document.getElementById(field.getAttribute('aria-describedby'));
      if (!target || target.previousElementSibling !== field) field.removeAttribute('aria-describedby');
    });
  }

  // ---- applying an update from the app ----------------------------------------------------------

  function focusTarget(node) {
    return node ? (node.focusEl || node.el) : null;
  }

  function firstFocusable() {
    var dialog = root.querySelector('[role=dialog]');
    if (dialog) return dialog.querySelector(FOCUSABLE) || dialog;
    var main = root.querySelector('main') || root;
    return main.querySelector('h1, h2, h3') || main.querySelector(FOCUSABLE) || root.querySelector(FOCUSABLE);
  }

  function announce(region, messages) {
    region.textContent = '';
    // A new text node after the clear is what makes screen readers speak a repeated message.
    setTimeout(function () { region.textContent = messages.join('. '); }, 30);
  }

  function apply(json) {
    if (!root) return;
    var started = performance.now();
    var message = JSON.parse(json);
    var hadFocus = root.contains(document.activeElement);
    (message.nodes || []).forEach(function (data) {
      var node = nodes.get(data[0]);
      if (!node) {
        node = create(data[0], data[2]);
        if (data[2] === 'row') {
          var parent = nodes.get(data[1]);
          makeRow(node, !!parent && parent.role === 'table', (data[11] >>> 0) !== 0, data[3]);
        }
        nodes.set(data[0], node);
      }
      update(node, data);
    });
    if (message.order) reorder(message.order);
    if (message.focus) appFocusKey = message.focus;
    if (hadFocus) {
      var wanted = message.focus ? focusTarget(nodes.get(message.focus)) : null;
      var lost = !root.contains(document.activeElement) || !!document.activeElement.closest('[inert]');
      // When the focused control went away (a screen changed, a dialog opened or closed), focus
      // goes to the new screen's heading or the dialog, unless the app put it in a text field
      // (the first field of a form it opened).
      if (lost && !(wanted && (wanted.tagName === 'INPUT' || wanted.tagName === 'TEXTAREA'))) wanted = firstFocusable();
      if (wanted && !wanted.closest('[inert]') && document.activeElement !== wanted) wanted.focus({preventScroll: true});
    }
    if (message.say) announce(polite, message.say);
    if (message.alert) announce(assertive, message.alert);
    var status = (window.caseloadStatus = window.caseloadStatus || {});
    status.mirrorApplyMs = performance.now() - started;
  }

  // ---- the user acting on the mirror -------------------------------------------------------------

  // The node an event target belongs to (a row's button lives in the row's header cell).
  function nodeOf(target) {
    var el = target && target.closest ? target.closest('[data-key]') : null;
    return el ? nodes.get(Number(el.dataset.key)) : null;
  }

  function isTextual(node) {
    return node && (node.role === 'textbox' || node.role === 'password');
  }

  function onFocusIn(event) {
    root.scrollTop = root.scrollLeft = 0;
    canvasInUse = false;
    pageLeftOnce = true;
    var node = nodeOf(event.target);
    if (!api || !node || !node.id) return;
    api.focus(node.id);
    api.editing(isTextual(node));
  }

  function onFocusOut(event) {
    var node = nodeOf(event.target);
    if (!api || !node) return;
    if (isTextual(node)) {
      api.editing(false);
      if (node.role === 'textbox' && node.el.value !== node.value) node.el.value = node.value;
    }
  }

  function onClick(event) {
    var node = nodeOf(event.target);
    if (!api || !node || !node.id) return;
    if (node.role === 'checkbox') event.preventDefault();  // the app's value comes back in the next update
    if (['button', 'row', 'tab', 'checkbox'].indexOf(node.role) >= 0) api.activate(node.id);
  }

  function onInput(event) {
    var node = nodeOf(event.target);
    if (!api || !node || !node.id) return;
    if (isTextual(node) || node.role === 'combobox') api.setValue(node.id, event.target.value);
  }

  function focusables() {
    return Array.prototype.filter.call(root.querySelectorAll(FOCUSABLE), function (el) {
      return !el.closest('[inert]');
    });
  }

  // Tab into the mirror. After the pointer was used on the canvas: on from the control the app has
  // focused (the field being typed in), as Tab moves on from a field. From the page: to the control
  // the app opened with (a form's first field), or the first (Shift+Tab: last) control.
  function enterMirror(backwards, fromCanvas) {
    var list = focusables();
    if (!list.length) return;
    var current = focusTarget(nodes.get(appFocusKey));
    var index = current ? list.indexOf(current) : -1;
    var next;
    if (fromCanvas && index >= 0) next = index + (backwards ? -1 : 1);
    else if (!fromCanvas && index >= 0 && !pageLeftOnce) next = index;
    else next = backwards ? list.length - 1 : 0;
    pageLeftOnce = true;
    list[(next + list.length) % list.length].focus({preventScroll: true});
  }

  function isShortcut(event) {
    return (event.altKey && !event.ctrlKey) || /^F\d+$/.test(event.key) || (event.ctrlKey && event.shiftKey);
  }

  // Keys in the mirror are the browser's (Tab, Enter and Space on buttons, typing in fields), not
  // the app's, or they would act twice. The app gets the few keys its screens handle themselves.
  function routeKey(event) {
    var down = event.type === 'keydown';
    var outside = event.target === canvas || event.target === document.body || event.target === document.documentElement;
    if (outside && event.key === 'Tab') {
      event.stopImmediatePropagation();
      if (down) {
        event.preventDefault();
        enterMirror(event.shiftKey, canvasInUse || event.target === canvas);
      }
      return;
    }
    if (!root || !root.contains(event.target)) return;
    if (event.type === 'keypress') {
      event.stopImmediatePropagation();
      return;
    }
    if (!down) {
      if (!passedToApp.delete(event.code)) event.stopImmediatePropagation();
      return;
    }
    var node = nodeOf(event.target);
    var key = event.key;
    var sent = null;
    if (key === 'Escape') sent = KEY_ESCAPE;
    else if (key === 'Enter' && isTextual(node) && !node.multiline) sent = KEY_ENTER;
    else if ((key === 'ArrowUp' || key === 'ArrowDown') && node && node.role === 'row' && node.inTable) {
      sent = key === 'ArrowUp' ? KEY_UP : KEY_DOWN;
    }
    if (sent !== null && api) {
      event.preventDefault();
      event.stopImmediatePropagation();
      api.key(sent);
      return;
    }
    if (isShortcut(event)) {
      passedToApp.add(event.code);  // Alt+1 … Alt+7, F1, Ctrl+Shift+L: the app's shortcuts
      return;
    }
    event.stopImmediatePropagation();
  }

  function onPageReady() {
    root = document.getElementById('a11y');
    polite = document.getElementById('a11y-say');
    assertive = document.getElementById('a11y-alert');
    canvas = document.getElementById('canvas');
    // The pointer on the canvas takes the keyboard back from the mirror: typing then goes to the
    // field clicked on the canvas, not to the mirror field that had the focus before.
    canvas.addEventListener('pointerdown', function () {
      canvasInUse = true;
      if (root.contains(document.activeElement)) document.activeElement.blur();
    }, true);
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    root.addEventListener('click', onClick);
    root.addEventListener('input', onInput);
    root.addEventListener('change', onInput);
  }

  ['keydown', 'keyup', 'keypress'].forEach(function (type) {
    window.addEventListener(type, routeKey, true);
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onPageReady);
  else onPageReady();

  window.CaseloadMirror = {
    apply: apply,
    // The app's side: {focus(id), activate(id), setValue(id, text), key(code), editing(bool)}.
    attach: function (calls) { api = calls; },
    owns: function (target) { return !!root && root.contains(target); },
  };
})();
