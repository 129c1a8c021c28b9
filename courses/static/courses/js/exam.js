// Exam page: a countdown to the server's deadline and a submit button that
// cannot be pressed twice. The server enforces both; this only helps.
(function () {
  var timer = document.querySelector("[data-seconds-left]");
  if (timer) {
    var left = parseInt(timer.getAttribute("data-seconds-left"), 10);
    var out = timer.querySelector(".exam__countdown");
    var tick = function () {
      var m = Math.floor(left / 60), s = left % 60;
      out.textContent = "(" + m + ":" + (s < 10 ? "0" : "") + s + ")";
      if (left > 0) { left -= 1; setTimeout(tick, 1000); }
    };
    tick();
  }
  document.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("[data-once]");
      if (button) { setTimeout(function () { button.disabled = true; }, 0); }
    });
  });
})();
