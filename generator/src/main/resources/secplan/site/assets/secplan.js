/* secplan site script: navigation toggle and offline search. No network: everything loads from the site itself. */
(function () {
  'use strict';
  var html = document.documentElement;
  html.classList.add('js');
  var root = html.getAttribute('data-root') || '';

  /* The tokenizer must match SearchIndex.tokenize in the generator: compound identifiers whole, then words. */
  var COMPOUND = /[\p{L}\p{N}]+(?:[-_./:][\p{L}\p{N}]+)+/gu;
  var WORD = /[\p{L}\p{N}]+/gu;
  function tokenize(text) {
    var s = String(text || '');
    return (s.match(COMPOUND) || []).concat(s.match(WORD) || []);
  }
  var OPTIONS = {
    fields: ['title', 'identifier', 'kind', 'text'],
    storeFields: ['path', 'title', 'identifier', 'kind', 'excerpt'],
    tokenize: tokenize,
    processTerm: function (term) { return term.toLowerCase(); },
    searchOptions: {
      boost: { identifier: 6, title: 3, kind: 1 },
      prefix: true,
      fuzzy: function (term) { return term.length > 4 ? 0.2 : false; },
      combineWith: 'AND'
    }
  };

  function ready(fn) {
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', fn); } else { fn(); }
  }

  ready(function () {
    var toggle = document.querySelector('.nav-toggle');
    var nav = document.getElementById('secplan-nav');
    if (toggle && nav) {
      toggle.addEventListener('click', function () {
        var open = toggle.getAttribute('aria-expanded') === 'true';
        toggle.setAttribute('aria-expanded', open ? 'false' : 'true');
        nav.classList.toggle('open', !open);
      });
    }
    setUpSearch();
  });

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = root + src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('cannot load ' + src)); };
      document.head.appendChild(s);
    });
  }

  var engine = null;
  var loading = null;
  function loadIndex() {
    if (!loading) {
      loading = loadScript('assets/minisearch.js')
        .then(function () { return loadScript('assets/search-index.js'); })
        .then(function () {
          var data = window.SECPLAN_SEARCH;
          engine = typeof MiniSearch.loadJS === 'function'
            ? MiniSearch.loadJS(data, OPTIONS)
            : MiniSearch.loadJSON(JSON.stringify(data), OPTIONS);
          return engine;
        });
    }
    return loading;
  }

  function setUpSearch() {
    var input = document.getElementById('secplan-search');
    var box = document.getElementById('secplan-results');
    var status = document.getElementById('secplan-search-status');
    if (!input || !box) { return; }
    var timer = null;

    function clear() {
      while (box.firstChild) { box.removeChild(box.firstChild); }
    }
    function close() { box.hidden = true; input.setAttribute('aria-expanded', 'false'); }

    function run() {
      var q = input.value.trim();
      if (q.length === 0) { clear(); close(); status.textContent = ''; return; }
      loadIndex().then(function (ms) {
        var results = ms.search(q);
        if (results.length === 0) { results = ms.search(q, { combineWith: 'OR' }); }
        show(results.slice(0, 12), results.length, q);
      }).catch(function () {
        clear();
        var p = document.createElement('p');
        p.className = 'search-empty';
        p.textContent = 'Search is not available.';
        box.appendChild(p);
        box.hidden = false;
      });
    }

    function show(results, total, q) {
      clear();
      if (results.length === 0) {
        var p = document.createElement('p');
        p.className = 'search-empty';
        p.textContent = 'Nothing found for \u201c' + q + '\u201d.';
        box.appendChild(p);
      } else {
        var ul = document.createElement('ul');
        results.forEach(function (r) {
          var li = document.createElement('li');
          var a = document.createElement('a');
          a.href = root + r.path;
          a.className = 'search-hit';
          var kind = document.createElement('span');
          kind.className = 'hit-kind';
          kind.textContent = r.kind;
          var title = document.createElement('span');
          title.className = 'hit-title';
          title.textContent = r.title;
          a.appendChild(kind);
          a.appendChild(title);
          if (r.excerpt && r.excerpt !== r.title) {
            var ex = document.createElement('span');
            ex.className = 'hit-excerpt';
            ex.textContent = r.excerpt;
            a.appendChild(ex);
          }
          li.appendChild(a);
          ul.appendChild(li);
        });
        box.appendChild(ul);
      }
      status.textContent = total + (total === 1 ? ' result' : ' results');
      box.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    input.addEventListener('focus', function () { loadIndex().catch(function () {}); });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 60);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        var first = box.querySelector('a');
        if (first) { e.preventDefault(); first.focus(); }
      } else if (e.key === 'Enter') {
        var hit = box.querySelector('a');
        if (hit && !box.hidden) { e.preventDefault(); window.location.href = hit.href; }
      } else if (e.key === 'Escape') {
        close();
      }
    });
    box.addEventListener('keydown', function (e) {
      var links = Array.prototype.slice.call(box.querySelectorAll('a'));
      var i = links.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && i < links.length - 1) { e.preventDefault(); links[i + 1].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); if (i > 0) { links[i - 1].focus(); } else { input.focus(); } }
      if (e.key === 'Escape') { close(); input.focus(); }
    });
    document.addEventListener('click', function (e) {
      if (!box.contains(e.target) && e.target !== input) { close(); }
    });
  }
})();
