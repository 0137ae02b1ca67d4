// normtext review report: filters, search, segment toggle, linked highlights. No network use.
(function () {
  "use strict";
  var docs = Array.prototype.slice.call(document.querySelectorAll("article.doc"));
  var byId = function (id) { return document.getElementById(id); };
  var onlyChanged = byId("f-changed"), rule = byId("f-rule"), label = byId("f-label");
  var search = byId("f-search"), segments = byId("f-segments"), status = byId("f-status");
  var focus = byId("rule-focus");
  var texts = new Map();

  function textOf(doc) {
    var t = texts.get(doc);
    if (t === undefined) {
      var panes = doc.querySelector(".panes");
      t = ((panes ? panes.textContent : "") + "\n" + (doc.dataset.name || "")).toLowerCase();
      texts.set(doc, t);
    }
    return t;
  }

  function has(list, item) { return (" " + (list || "") + " ").indexOf(" " + item + " ") >= 0; }

  function apply() {
    var oc = onlyChanged.checked, r = rule.value, l = label.value;
    var q = search.value.trim().toLowerCase();
    var shown = 0;
    for (var i = 0; i < docs.length; i++) {
      var d = docs[i];
      var ok = (!oc || d.dataset.changed === "1") && (!r || has(d.dataset.rules, r)) &&
               (!l || has(d.dataset.labels, l));
      if (ok && q) { ok = textOf(d).indexOf(q) >= 0; }
      if (d.hidden === ok) { d.hidden = !ok; }
      if (ok) { shown++; }
    }
    status.textContent = shown + " of " + docs.length + " documents shown";
    focus.textContent = r ? '.chg:not([data-rules~="' + CSS.escape(r) + '"]) { background: none !important; box-shadow: none !important; }' : "";
  }

  var timer = 0;
  function later() { clearTimeout(timer); timer = setTimeout(apply, 120); }

  onlyChanged.addEventListener("change", apply);
  rule.addEventListener("change", apply);
  label.addEventListener("change", apply);
  search.addEventListener("input", later);
  segments.addEventListener("change", function () {
    document.body.classList.toggle("no-segments", !segments.checked);
  });

  // hovering one part of a change lights up all its parts, in the input and the output
  var lit = [];
  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest ? ev.target.closest("[data-c]") : null;
    for (var i = 0; i < lit.length; i++) { lit[i].classList.remove("hl"); }
    lit = [];
    if (!el) { return; }
    var doc = el.closest("article.doc");
    if (!doc) { return; }
    lit = Array.prototype.slice.call(doc.querySelectorAll('[data-c="' + CSS.escape(el.dataset.c) + '"]'));
    if (!el.title) {  // the tooltip is written once per change: lend it to this piece
      for (var k = 0; k < lit.length; k++) { if (lit[k].title) { el.title = lit[k].title; break; } }
    }
    for (var j = 0; j < lit.length; j++) { lit[j].classList.add("hl"); }
  });

  apply();
  document.body.dataset.ready = "1";
})();
