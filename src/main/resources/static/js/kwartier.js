// Small progressive enhancements; every page works without them.
document.addEventListener("DOMContentLoaded", function () {
  // Move focus to the error summary after a failed submit, so screen readers read it first.
  var summary = document.querySelector("[data-autofocus]");
  if (summary) {
    summary.focus();
  }
  // Ask before destructive actions; the server asks again when script is off.
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) {
        event.preventDefault();
      }
    });
  });
});

// Warn two minutes before an idle session ends, so nothing typed is lost: staying logged in
// only refreshes the session, the page and its form stay as they are.
(function () {
  var warning = document.getElementById("session-warning");
  if (!warning || !window.fetch) {
    return;
  }
  var timeout = parseInt(warning.getAttribute("data-timeout-seconds"), 10) * 1000;
  var warnBefore = 2 * 60 * 1000;
  var warnTimer;
  function schedule() {
    window.clearTimeout(warnTimer);
    warning.hidden = true;
    warnTimer = window.setTimeout(function () {
      warning.hidden = false;
      warning.querySelector("[data-keep-alive]").focus();
    }, Math.max(timeout - warnBefore, 10000));
  }
  warning.querySelector("[data-keep-alive]").addEventListener("click", function () {
    fetch(warning.getAttribute("data-keep-alive-url"), { credentials: "same-origin" }).then(function (response) {
      if (response.redirected || !response.ok) {
        window.location.href = warning.getAttribute("data-login-url");
      } else {
        schedule();
      }
    });
  });
  document.addEventListener("htmx:afterRequest", schedule);
  schedule();
})();
