// Products and services (sellers' workspace): a live "net + VAT" line under the
// price, and the stock fields hidden for services. Everything works without it.
(function () {
  "use strict";

  function parsePrice(text) {
    var value = (text || "").replace(/\s|€/g, "").replace(",", ".");
    if (!/^\d{1,9}(\.\d{1,2})?$/.test(value)) return null;
    return Math.round(parseFloat(value) * 100);
  }

  function setUpVat(form) {
    var preview = form.querySelector("[data-vat-preview]");
    var price = form.querySelector("input[name=price]");
    var rate = form.querySelector("select[name=vat_rate]");
    if (!preview || !price || !rate) return;
    var lang = document.documentElement.lang || "es";
    var money = new Intl.NumberFormat(lang, { style: "currency", currency: "EUR" });
    var update = function () {
      var cents = parsePrice(price.value);
      var percent = parseFloat(rate.value);
      if (cents === null || isNaN(percent)) {
        preview.textContent = "";
        return;
      }
      var net = Math.round((cents * 100) / (100 + percent));
      preview.textContent =
        money.format(net / 100) + " " + preview.dataset.netLabel + " + " +
        money.format((cents - net) / 100) + " " + preview.dataset.taxLabel +
        " (" + rate.value + " %)";
    };
    price.addEventListener("input", update);
    rate.addEventListener("change", update);
    update();
  }

  function setUpKind(form) {
    var stock = form.querySelector("[data-stock-fields]");
    var radios = form.querySelectorAll("input[name=kind]");
    if (!stock || !radios.length) return;
    var update = function () {
      var checked = form.querySelector("input[name=kind]:checked");
      stock.hidden = !!checked && checked.value !== "product";
    };
    radios.forEach(function (radio) { radio.addEventListener("change", update); });
    update();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector(".ws-products__form");
    if (!form) return;
    setUpVat(form);
    setUpKind(form);
  });
})();
