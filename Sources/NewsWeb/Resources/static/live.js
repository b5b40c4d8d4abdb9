// newsd web: the live list of new alerts and articles on the alerts page (progressive enhancement:
// the page is whole without it). Text goes in with textContent only, never as HTML.
"use strict";
(function () {
  var section = document.getElementById("live");
  var list = document.getElementById("live-list");
  if (!section || !list || !window.EventSource) return;
  var source = new EventSource(section.getAttribute("data-events"));
  function add(kind, item, href) {
    var li = document.createElement("li");
    li.className = "live-" + kind;
    var tag = document.createElement("span");
    tag.className = "tag" + (kind === "alert" ? " sub" : "");
    tag.textContent = kind === "alert" ? item.subscription : "article";
    var a = document.createElement("a");
    a.href = href;
    a.textContent = item.title || "(untitled)";
    li.appendChild(tag);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(a);
    list.insertBefore(li, list.firstChild);
    while (list.children.length > 50) list.removeChild(list.lastChild);
    section.hidden = false;
  }
  source.addEventListener("alert", function (e) {
    var alert = JSON.parse(e.data);
    add("alert", alert, "/articles/" + encodeURIComponent(alert.seq));
  });
  source.addEventListener("article", function (e) {
    var article = JSON.parse(e.data);
    add("article", article, "/articles/" + encodeURIComponent(article.seq));
  });
})();
