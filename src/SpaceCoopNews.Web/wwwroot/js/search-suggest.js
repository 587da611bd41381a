// Entity suggestions for the site search box. Without this script the plain form still searches.
(function () {
  "use strict";
  var input = document.getElementById("site-search-q");
  if (!input || !window.fetch) { return; }
  var form = input.form;
  var list = document.createElement("ul");
  list.className = "suggestions";
  list.id = "site-search-suggestions";
  list.setAttribute("role", "listbox");
  list.hidden = true;
  form.appendChild(list);
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-autocomplete", "list");
  var timer = 0, active = -1, controller = null;

  function close() { list.hidden = true; list.textContent = ""; active = -1; input.removeAttribute("aria-activedescendant"); }

  function render(results) {
    list.textContent = "";
    active = -1;
    results.forEach(function (item, index) {
      var li = document.createElement("li");
      li.setAttribute("role", "option");
      li.id = "suggestion-" + index;
      var a = document.createElement("a");
      a.href = item.search_url;
      a.textContent = item.name;
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = item.alias ? item.kind + " · " + item.alias : item.kind;
      a.appendChild(kind);
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = results.length === 0;
  }

  function move(step) {
    var items = list.querySelectorAll("li");
    if (items.length === 0) { return; }
    if (active >= 0) { items[active].removeAttribute("aria-selected"); }
    active = (active + step + items.length) % items.length;
    items[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", items[active].id);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { close(); return; }
    timer = setTimeout(function () {
      if (controller) { controller.abort(); }
      controller = new AbortController();
      fetch("/api/v1/entities/suggest?q=" + encodeURIComponent(q), { signal: controller.signal, headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (body) { render(body.results || []); })
        .catch(function () { /* a failed suggestion never blocks searching */ });
    }, 150);
  });
  input.addEventListener("keydown", function (e) {
    if (list.hidden) { return; }
    if (e.key === "ArrowDown") { e.preventDefault(); move(1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); move(-1); }
    else if (e.key === "Escape") { close(); }
    else if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      window.location.href = list.querySelectorAll("a")[active].href;
    }
  });
  document.addEventListener("click", function (e) { if (!form.contains(e.target)) { close(); } });
})();
