// Adds the visitor's own time to an event's times when their clock differs
// from the times already shown (the event's zone and the other mainland
// zone). The page is cached for everyone, so this is done here, in the browser.
(function () {
  "use strict";
  if (!window.Intl || !Intl.DateTimeFormat) return;
  var visitorZone;
  try {
    visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!visitorZone) return;
  var shownZones = ["Europe/Madrid", "Europe/Lisbon"];

  function clock(date, zone) {
    return new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone
    }).format(date);
  }

  function day(date, zone) {
    return new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      weekday: "short", day: "numeric", month: "short", timeZone: zone
    }).format(date);
  }

  document.querySelectorAll("[data-local-time]").forEach(function (element) {
    var start = new Date(element.getAttribute("data-start"));
    var end = new Date(element.getAttribute("data-end"));
    var eventZone = element.getAttribute("data-zone");
    if (isNaN(start) || isNaN(end) || !eventZone) return;
    var mine = clock(start, visitorZone);
    var zones = shownZones.concat([eventZone]);
    for (var i = 0; i < zones.length; i++) {
      try {
        if (clock(start, zones[i]) === mine && day(start, zones[i]) === day(start, visitorZone)) return;
      } catch (e) { /* an unknown zone: compare with the others */ }
    }
    var note = document.createElement("span");
    note.className = "event-when__visitor";
    note.textContent = "(" + (element.getAttribute("data-label") || "") + ": " +
      day(start, visitorZone) + " " + mine + "–" + clock(end, visitorZone) + ")";
    element.appendChild(note);
  });
})();
