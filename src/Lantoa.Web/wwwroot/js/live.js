// The live "Rung chuông vàng" show: the host's screen (data-role="host") and a player's phone (data-role="player").
// Both talk to the hub (SignalR, vendored in lib/signalr). The server decides everything — the bell by its own clock,
// who is out, what counts — and keeps it in the database; a screen only shows the view it is sent. When told "changed"
// (or after a reconnect) a screen asks for its view again, so a reload or a lost connection comes back in its state.
// The countdown is the server's: closesAt minus the server's time, ticking locally; it never refuses anything itself.
(function () {
  "use strict";
  var root = document.getElementById("live");
  if (!root || !window.signalR) return;
  var showId = Number(root.dataset.show);
  var host = root.dataset.role === "host";
  var token = root.dataset.token || null;
  var $ = function (id) { return document.getElementById(id); };
  var view = null, offset = 0, selected = {};

  var connection = new signalR.HubConnectionBuilder()
    .withUrl(root.dataset.hub)
    .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 10000, 30000])
    .build();

  function text(id, value) { var el = $(id); if (el) el.textContent = value === null || value === undefined ? "–" : String(value); }

  function message(msg) {
    var el = $("live-message");
    if (!el) return;
    el.textContent = msg || "";
    el.hidden = !msg;
  }

  function clock() {
    var q = view && view.question;
    if (!q || q.revealed || view.show.status !== "Asking") { text("live-clock", "--"); return; }
    var left = Math.ceil((Date.parse(q.closesAt) - (Date.now() + offset)) / 1000);
    text("live-clock", left > 0 ? left + " giây" : "Hết giờ");
  }
  setInterval(clock, 250);

  function counts(c) {
    text("live-players", c.players);
    text("live-survivors", c.survivors);
    text("live-answered", c.answered);
    text("live-right", c.right);
    text("live-wrong", c.wrong);
  }

  function renderQuestion(q) {
    text("live-number", q ? q.number : null);
    text("live-question", q ? q.text : (host ? "Chưa có câu hỏi." : "Chờ người dẫn chương trình mở câu hỏi…"));
    var box = $("live-options");
    box.replaceChildren();
    if (!q) return;
    q.options.forEach(function (o) {
      var el;
      if (host) {
        el = document.createElement("li");
        el.textContent = o.text;
      } else {
        el = document.createElement("button");
        el.type = "button";
        el.className = "live-option";
        el.textContent = o.key + ". " + o.text;
        el.addEventListener("click", function () { answer(o.id); });
        var me = view.me;
        el.disabled = !me.alive || q.revealed || view.show.status !== "Asking";
        if (me.answer === o.id) el.classList.add("chosen");
        el.setAttribute("aria-pressed", me.answer === o.id ? "true" : "false");
      }
      el.dataset.option = o.id;
      el.dataset.key = o.key;
      if (o.correct === true) el.classList.add("correct");
      if (o.correct === false && q.revealed) el.classList.add("wrong");
      box.appendChild(el);
    });
  }

  function renderHost() {
    var s = view.show;
    text("live-rescues", s.rescuesLeft);
    var roster = $("live-roster");
    roster.replaceChildren();
    view.players.forEach(function (p) {
      var li = document.createElement("li");
      li.dataset.player = p.id;
      li.dataset.alive = p.alive ? "1" : "0";
      li.className = p.alive ? "in" : "out";
      var label = document.createElement("label");
      if (!p.alive) {
        var box = document.createElement("input");
        box.type = "checkbox";
        box.checked = !!selected[p.id];
        box.addEventListener("change", function () { selected[p.id] = box.checked; });
        label.appendChild(box);
        label.appendChild(document.createTextNode(" "));
      }
      label.appendChild(document.createTextNode(p.name + (p.alive ? (p.answered && s.status === "Asking" ? " · đã trả lời" : "") : " · bị loại ở câu " + p.eliminatedAt)));
      li.appendChild(label);
      roster.appendChild(li);
    });
    $("live-rescue").textContent = "Cứu trợ (còn " + s.rescuesLeft + " lượt)";
    var results = $("live-results");
    results.hidden = !view.standings;
    var body = $("live-standings");
    body.replaceChildren();
    (view.standings || []).forEach(function (r) {
      var tr = document.createElement("tr");
      tr.dataset.player = r.playerId;
      [r.rank, r.name, r.correct, r.prize || "", r.amount || ""].forEach(function (v) {
        var td = document.createElement("td");
        td.textContent = v;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function renderPlayer() {
    var me = view.me, s = view.show, line;
    if (s.status === "Finished") {
      line = me.prize ? "Chúc mừng! Bạn xếp hạng " + me.rank + " — " + me.prize + " (" + me.amount + ")."
        : "Buổi thi đã kết thúc. Bạn xếp hạng " + me.rank + ".";
    } else if (!me.alive) {
      line = "Bạn đã bị loại ở câu " + me.eliminatedAt + ". Hãy chờ lượt cứu trợ.";
    } else if (s.status === "Lobby") {
      line = "Xin chào " + me.name + "! Bạn đã vào sàn thi, hãy chờ câu hỏi đầu tiên.";
    } else if (s.status === "Asking") {
      line = me.answer ? "Đã ghi nhận câu trả lời của bạn; có thể đổi trước khi hết giờ." : "Hãy chọn một đáp án.";
    } else {
      line = me.rescued > 0 && view.question && me.answer === null ? "Bạn được cứu trợ, tiếp tục thi!" : "Bạn vẫn ở trên sàn thi!";
    }
    var el = $("live-me");
    el.textContent = line;
    el.dataset.state = s.status === "Finished" ? "finished" : me.alive ? "in" : "out";
    el.dataset.rank = me.rank || "";
  }

  function render(v) {
    if (!v || v.error) { if (v && v.error) message(v.error); return; }
    view = v;
    offset = Date.parse(v.show.serverTime) - Date.now();
    root.dataset.status = v.show.status;
    root.dataset.version = v.show.version;
    root.dataset.number = v.question ? v.question.number : 0;
    text("live-status", v.show.statusText);
    counts(v.show.counts);
    renderQuestion(v.question);
    if (host) renderHost(); else renderPlayer();
    clock();
  }

  function refresh() {
    var call = host ? connection.invoke("Watch", showId) : connection.invoke("Play", showId, token);
    return call.then(render).catch(function () {
      message("Mất kết nối với máy chủ; đang thử lại…");
    });
  }

  function answer(optionId) {
    message("");
    connection.invoke("Answer", showId, token, optionId).then(function (r) {
      if (r && r.error) { message(r.error); render(r.view); } else render(r);
    }).catch(function () { message("Chưa gửi được câu trả lời; hãy bấm lại."); });
  }

  function step(name, args) {
    message("");
    connection.invoke.apply(connection, [name, showId].concat(args || [])).then(function (r) {
      if (r && r.error) message(r.error); else { selected = {}; render(r); }
    }).catch(function () { message("Không gửi được lệnh; hãy thử lại."); });
  }

  if (host) {
    $("live-ask").addEventListener("click", function () { step("Ask"); });
    $("live-reveal").addEventListener("click", function () { step("Reveal"); });
    $("live-finish").addEventListener("click", function () { step("Finish"); });
    $("live-reset").addEventListener("click", function () { if (window.confirm($("live-reset").dataset.confirm)) step("Reset"); });
    $("live-rescue").addEventListener("click", function () {
      var ids = Object.keys(selected).filter(function (k) { return selected[k]; }).map(Number);
      step("Rescue", [ids]);
    });
  }

  connection.on("changed", function () { refresh(); });
  connection.on("joined", function () { refresh(); });
  connection.on("answered", function (c) { if (view) { view.show.counts = c; counts(c); } refresh(); });
  connection.onreconnecting(function () { text("live-connection", "Đang kết nối lại…"); });
  connection.onreconnected(function () { text("live-connection", ""); refresh(); });
  connection.onclose(function () { text("live-connection", "Mất kết nối; hãy tải lại trang."); });

  connection.start().then(function () {
    root.dataset.connected = "1";
    return refresh();
  }).catch(function () { text("live-connection", "Không kết nối được; hãy tải lại trang."); });
})();
