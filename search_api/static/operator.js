/* The operators' token bar, shared by the operators' pages: the token is kept for the tab
   (sessionStorage) and sent as a bearer token; answers and failures go to #message in the
   words the page put on #token-bar (data-msg-refused, data-msg-failed). */
var chmOperator = (function () {
  var input = document.getElementById("token");
  var msg = document.getElementById("message");
  var words = document.getElementById("token-bar").dataset;
  input.value = sessionStorage.getItem("chm-operator-token") || "";
  input.addEventListener("change", function () { sessionStorage.setItem("chm-operator-token", input.value); });
  /* send(method, url, body, done, after): show `done` when the API says ok, else why not;
     `after(answer)` runs on every answer and may return true to handle it itself. */
  function send(method, url, body, done, after) {
    var opts = { method: method, headers: { "Authorization": "Bearer " + input.value } };
    if (body) { opts.headers["Content-Type"] = "application/json"; opts.body = JSON.stringify(body); }
    fetch(url, opts)
      .then(function (r) { return r.json().then(function (b) { return [r.status, b]; }); })
      .then(function (res) {
        if (after && after(res[1])) { return; }
        msg.textContent = res[1].ok ? done : (words.msgRefused + ": " + (res[1].error || res[0]));
      })
      .catch(function (e) { msg.textContent = words.msgFailed + ": " + e; if (after) { after(null); } });
  }
  return { send: send, words: words };
})();
