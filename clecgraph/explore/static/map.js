// The explorer's map: country outlines (Natural Earth, shipped with the package) and the places of events.
// Every name reaches the page as text (textContent), never as HTML.
(function () {
  "use strict";
  var box = document.getElementById("map");
  if (!box || !window.L) { return; }
  var map = L.map(box, { worldCopyJump: true }).setView([12, 105], 3);
  box.setAttribute("data-state", "loading");

  function element(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    Object.keys(attributes || {}).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    return node;
  }

  function popup(place) {
    var root = element("div", "", { "class": "map-popup" });
    root.appendChild(element("a", place.name, { href: place.page, "class": "place-link" }));
    root.appendChild(element("div", place.events + (place.events === 1 ? " event" : " events")));
    root.appendChild(element("a", "events on the timeline", { href: place.timeline }));
    return root;
  }

  var outlines = fetch(box.getAttribute("data-outlines")).then(function (r) { return r.json(); }).then(function (world) {
    var countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, {
      style: { color: "#7a7a7a", weight: 0.7, fillColor: "#e8e4d8", fillOpacity: 1 },
      interactive: false
    }).addTo(map);
  });

  var places = fetch(box.getAttribute("data-places")).then(function (r) { return r.json(); }).then(function (data) {
    var most = data.places.reduce(function (m, p) { return Math.max(m, p.events); }, 1);
    var bounds = [];
    data.places.forEach(function (place) {
      var radius = 4 + 16 * Math.sqrt(place.events / most);
      var marker = L.circleMarker([place.lat, place.long], {
        radius: radius, color: "#8b1e3f", weight: 1, fillColor: "#c0392b", fillOpacity: 0.6
      }).addTo(map);
      marker.bindPopup(popup(place));
      marker.bindTooltip(element("span", place.name + " (" + place.events + ")"));
      bounds.push([place.lat, place.long]);
    });
    if (bounds.length) { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8 }); }
    box.setAttribute("data-places-drawn", String(data.places.length));
  });

  Promise.all([outlines, places]).then(function () {
    box.setAttribute("data-state", "drawn");
  }, function (error) {
    box.setAttribute("data-state", "failed");
    box.appendChild(element("p", "The map could not be drawn: " + error, { "class": "error" }));
  });
})();
