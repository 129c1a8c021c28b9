// Newsletter admin: live recipient count and live progress bar (no dependencies).
(function () {
  "use strict";

  var form = document.getElementById("nl-send-form");
  if (form) {
    var output = document.getElementById("nl-count");
    var description = document.getElementById("nl-count-description");
    var timer = null;
    var count = function () {
      var params = new URLSearchParams(new FormData(form));
      params.delete("csrfmiddlewaretoken");
      fetch(form.dataset.countUrl + "?" + params.toString(), {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          output.textContent = data.error ? data.error : data.label;
          description.textContent = data.description || "";
          output.dataset.count = data.count === undefined ? "" : data.count;
        })
        .catch(function () { output.textContent = "?"; });
    };
    form.addEventListener("change", function () {
      clearTimeout(timer);
      timer = setTimeout(count, 250);
    });
    document.getElementById("nl-count-button").addEventListener("click", count);
    count();
  }

  var panel = document.getElementById("nl-progress");
  if (panel && panel.dataset.finished !== "1") {
    var set = function (id, value) {
      var element = document.getElementById(id);
      if (element) { element.textContent = value; }
    };
    var poll = function () {
      fetch(panel.dataset.progressUrl, {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          document.getElementById("nl-bar").value = data.percent;
          set("nl-percent", data.percent);
          set("nl-sent", data.sent);
          set("nl-failed", data.failed);
          set("nl-skipped", data.skipped);
          set("nl-waiting", data.waiting);
          set("nl-total", data.total);
          set("nl-status", data.status_label);
          if (data.finished) {
            window.location.reload();  // shows the summary
          } else {
            setTimeout(poll, 2000);
          }
        })
        .catch(function () { setTimeout(poll, 5000); });
    };
    setTimeout(poll, 2000);
  }
})();
