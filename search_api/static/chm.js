/* chm — progressive enhancement only: the pages work without it.
   1. Vocabulary suggestions in the search box (ARIA combobox, keyboard friendly): choosing
      one adds its topic as a filter to the search on the page (its query, filters and sort
      kept, the page number dropped), as the topic facet's links do.
   2. The sort selector applies itself when chosen with a mouse or a finger. From the
      keyboard an arrow only moves the choice (Chromium fires "change" at once on a closed
      select): Enter, or the Apply button, applies it.
   3. Empty fields (years, country) are left out of the URL when the search form is sent;
      the query "q" stays, even empty ("/?q=" lists everything, "/" is the home). */
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("q-suggest");
  var sort = document.querySelector("select[data-autosubmit]");

  function send(form) { if (form.requestSubmit) form.requestSubmit(); else form.submit(); }
  if (sort) {
    var pointer = false;  // the last thing that touched the select was a pointer
    sort.addEventListener("pointerdown", function () { pointer = true; });
    sort.addEventListener("keydown", function (e) {
      pointer = false;
      if (e.key === "Enter") { e.preventDefault(); send(sort.form); }
    });
    sort.addEventListener("blur", function () { pointer = false; });
    sort.addEventListener("change", function () { if (pointer) send(sort.form); });
  }
  Array.prototype.forEach.call(document.querySelectorAll("form.search"), function (form) {
    form.addEventListener("formdata", function (e) {
      var data = e.formData, keys = [], kept = [];
      data.forEach(function (value, key) {
        if (keys.indexOf(key) < 0) keys.push(key);
        if (key === "q" || typeof value !== "string" || value.trim() !== "") kept.push([key, value]);
      });
      keys.forEach(function (key) { data.delete(key); });
      kept.forEach(function (pair) { data.append(pair[0], pair[1]); });
    });
  });
  if (!input || !list || !window.fetch) return;
  var items = [], active = -1, timer = null, seq = 0;

  function close() {
    list.hidden = true; list.innerHTML = ""; items = []; active = -1;
    input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant");
  }
  function highlight(i) {
    active = i;
    items.forEach(function (li, k) { li.setAttribute("aria-selected", k === i ? "true" : "false"); });
    if (i >= 0) input.setAttribute("aria-activedescendant", items[i].id);
    else input.removeAttribute("aria-activedescendant");
  }
  function hrefOf(s) {
    // the page's search (data-search, its query string as the server keeps it) and the topic
    var search = input.getAttribute("data-search");
    if (search === null || !s.uri) return s.href;
    var params = new URLSearchParams(search);
    params.delete("page");
    if (params.getAll("concept").indexOf(s.uri) < 0) params.append("concept", s.uri);
    return "/?" + params.toString();
  }
  function choose(i) { if (items[i]) window.location.href = items[i].getAttribute("data-href"); }
  function show(suggestions) {
    list.innerHTML = ""; items = [];
    suggestions.forEach(function (s, k) {
      var li = document.createElement("li");
      li.id = "q-opt-" + k; li.setAttribute("role", "option"); li.setAttribute("aria-selected", "false");
      li.setAttribute("data-href", hrefOf(s));
      li.textContent = s.label;
      if (s.matched_label && s.matched_label !== s.label) {
        var small = document.createElement("small");
        small.textContent = s.matched_label + (s.matched_lang ? " (" + s.matched_lang + ")" : "");
        li.appendChild(small);
      }
      li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(k); });
      list.appendChild(li); items.push(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", items.length ? "true" : "false");
    active = -1;
  }
  function fetchSuggestions() {
    var q = input.value.trim(), mine = ++seq;
    if (q.length < 2) { close(); return; }
    var url = "/api/vocabulary/suggest?limit=8&lang=" + encodeURIComponent(input.getAttribute("data-lang") || "en") +
      "&q=" + encodeURIComponent(q);
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (data) { if (mine === seq) show(data.suggestions || []); })
      .catch(close);
  }
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(fetchSuggestions, 150); });
  input.addEventListener("keydown", function (e) {
    if (list.hidden) return;
    if (e.key === "ArrowDown") { e.preventDefault(); highlight(Math.min(active + 1, items.length - 1)); }
    else if (e.key === "ArrowUp") { e.preventDefault(); highlight(Math.max(active - 1, -1)); }
    else if (e.key === "Enter" && active >= 0) { e.preventDefault(); choose(active); }
    // Escape closes the suggestions and keeps the text (a search box's own Escape clears it)
    else if (e.key === "Escape") { e.preventDefault(); close(); }
  });
  input.addEventListener("blur", function () { setTimeout(close, 100); });
})();
