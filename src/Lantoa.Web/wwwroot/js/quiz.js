// The citizens' quiz page (/cuoc-thi/{id}): start (or resume) the attempt, save each answer as it is chosen, count down
// from the server's time, submit. Every call goes to the JSON API with the citizen cookie (same origin).
(function () {
  "use strict";
  var root = document.getElementById("quiz");
  if (!root) return;
  var quizId = root.getAttribute("data-quiz");
  var el = function (id) { return document.getElementById(id); };
  var attempt = null, offset = 0, deadline = 0, timer = null, answered = {};

  function message(text) { var m = el("quiz-message"); m.textContent = text; m.hidden = !text; }

  // A random id this browser keeps, sent with each call: the organiser sees many accounts started from one device.
  var device = null;
  try {
    device = window.localStorage.getItem("lantoa.device");
    if (!device) { device = Math.random().toString(36).slice(2) + Date.now().toString(36); window.localStorage.setItem("lantoa.device", device); }
  } catch (e) { device = null; }

  function call(method, url, body) {
    var init = { method: method, credentials: "same-origin", headers: { "Accept": "application/json" } };
    if (device) init.headers["X-Lantoa-Device"] = device;
    if (body !== undefined) { init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
    return fetch(url, init).then(function (r) {
      if (r.status === 204) return { ok: true, status: 204 };
      return r.json().then(function (j) { return { ok: r.ok, status: r.status, body: j }; }, function () { return { ok: r.ok, status: r.status }; });
    });
  }

  function problem(res) { return (res.body && (res.body.detail || res.body.title)) || "Có lỗi xảy ra, hãy thử lại."; }

  function countAnswered() {
    el("quiz-answered").textContent = Object.keys(answered).filter(function (k) { return answered[k].length > 0; }).length;
  }

  function tick() {
    var left = Math.max(0, Math.floor((deadline - (Date.now() + offset)) / 1000));
    el("quiz-clock").textContent = String(Math.floor(left / 60)).padStart(2, "0") + ":" + String(left % 60).padStart(2, "0");
    if (left === 0 && timer) { clearInterval(timer); timer = null; message("Đã hết giờ làm bài. Hãy bấm \"Nộp bài\" để xem kết quả."); }
  }

  function render(paper) {
    attempt = paper.attemptId;
    offset = Date.parse(paper.serverTime) - Date.now();
    deadline = Date.parse(paper.deadline);
    answered = {};
    (paper.answers || []).forEach(function (a) { answered[a.questionId] = a.optionIds; });
    var list = el("quiz-questions");
    list.textContent = "";
    paper.questions.forEach(function (q) {
      var li = document.createElement("li");
      li.className = "mb-3";
      li.setAttribute("data-question", q.id);
      var p = document.createElement("p");
      p.className = "fw-semibold mb-1";
      p.textContent = q.text + (q.multiple ? " (chọn tất cả các đáp án đúng)" : "");
      li.appendChild(p);
      q.options.forEach(function (o) {
        var label = document.createElement("label");
        label.className = "form-check d-block py-1";
        var input = document.createElement("input");
        input.className = "form-check-input me-2";
        input.type = q.multiple ? "checkbox" : "radio";
        input.name = "q" + q.id;
        input.value = o.id;
        input.setAttribute("data-option", o.id);
        input.checked = (answered[q.id] || []).indexOf(o.id) >= 0;
        input.addEventListener("change", function () { save(q.id, li); });
        label.appendChild(input);
        label.appendChild(document.createTextNode(o.text));
        li.appendChild(label);
      });
      var state = document.createElement("small");
      state.className = "text-body-secondary";
      state.setAttribute("data-state", "");
      state.textContent = answered[q.id] ? "Đã lưu" : "";
      li.appendChild(state);
      list.appendChild(li);
    });
    el("quiz-total").textContent = paper.questions.length;
    el("quiz-prediction-label").textContent = paper.prediction.text;
    countAnswered();
    el("quiz-start").hidden = true;
    el("quiz-paper").hidden = false;
    tick();
    timer = setInterval(tick, 1000);
  }

  function save(questionId, li) {
    var chosen = Array.prototype.slice.call(li.querySelectorAll("input:checked")).map(function (i) { return Number(i.value); });
    var state = li.querySelector("[data-state]");
    state.textContent = "Đang lưu…";
    call("PUT", "/api/v1/attempts/" + attempt + "/answers/" + questionId, { optionIds: chosen }).then(function (res) {
      if (res.ok) { answered[questionId] = chosen; state.textContent = "Đã lưu"; countAnswered(); message(""); }
      else { state.textContent = "Chưa lưu"; message(problem(res)); }
    }, function () { state.textContent = "Chưa lưu"; message("Mất kết nối; câu trả lời chưa được lưu. Hãy chọn lại khi có mạng."); });
  }

  el("quiz-start").addEventListener("click", function () {
    message("");
    call("POST", "/api/v1/quizzes/" + quizId + "/attempts").then(function (res) {
      if (res.ok) render(res.body); else message(problem(res));
    }, function () { message("Mất kết nối; hãy thử lại."); });
  });

  el("quiz-submit").addEventListener("click", function () {
    var text = el("quiz-prediction").value.trim();
    var body = text === "" ? {} : { prediction: Number(text) };
    call("POST", "/api/v1/attempts/" + attempt + "/submit", body).then(function (res) {
      if (!res.ok) { message(problem(res)); return; }
      if (timer) { clearInterval(timer); timer = null; }
      el("quiz-paper").hidden = true;
      message("");
      var r = el("quiz-result");
      r.textContent = "Bạn trả lời đúng " + res.body.correct + "/" + res.body.total + " câu, thời gian làm bài " + Math.round(res.body.durationMs / 1000) + " giây.";
      r.setAttribute("data-score", res.body.score);
      r.hidden = false;
      sessionStorage.removeItem("lantoa.quiz." + quizId);
    }, function () { message("Mất kết nối; hãy bấm \"Nộp bài\" lại."); });
  });

  // A reload in the middle: resume the open attempt at once (the start returns it with its saved answers).
  if (sessionStorage.getItem("lantoa.quiz." + quizId) === "1") el("quiz-start").click();
  el("quiz-start").addEventListener("click", function () { sessionStorage.setItem("lantoa.quiz." + quizId, "1"); });
})();
