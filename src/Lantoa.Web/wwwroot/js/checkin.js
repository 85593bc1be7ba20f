// The door's check-in page (/Events/{id}/CheckIn). Every scan — camera (BarcodeDetector, else jsQR), typed code or a
// name picked from the roster — is judged at once against the roster kept on the device ("Hợp lệ", "Đã vào rồi",
// "Không hợp lệ"), queued in IndexedDB with a nonce of its own, and sent to the server whenever the network is there;
// the server's idempotent check-in has the last word and a scan sent twice counts once. The page, its scripts and the
// roster are cached by /checkin-sw.js, so a reload without the network still opens the page.
(function () {
    "use strict";
    var root = document.getElementById("checkin");
    if (!root) return;
    var eventId = root.dataset.eventId;
    var base = "/Events/" + eventId + "/CheckIn";
    var meta = document.querySelector('meta[name="antiforgery-token"]');
    var el = function (id) { return document.getElementById(id); };
    var testid = function (id) { return root.querySelector('[data-testid="' + id + '"]'); };
    var labels = { accepted: "Hợp lệ", duplicate: "Đã vào rồi", unknown: "Không hợp lệ", "wrong-session": "Không đúng phiên" };
    var roster = {};      // code -> { name, sessionId, unit }
    var admitted = {};    // code + "|" + session -> true
    var rows = {};        // nonce -> log row
    var db = null;
    var syncing = false;
    var counter = 0;

    if ("serviceWorker" in navigator) navigator.serviceWorker.register("/checkin-sw.js", { scope: "/Events/" }).catch(function () { });

    function openDb() {
        return new Promise(function (resolve) {
            if (!window.indexedDB) return resolve(null);
            var request = indexedDB.open("lantoa-checkin", 1);
            request.onupgradeneeded = function () {
                var d = request.result;
                if (!d.objectStoreNames.contains("scans")) d.createObjectStore("scans", { keyPath: "nonce" });
                if (!d.objectStoreNames.contains("rosters")) d.createObjectStore("rosters", { keyPath: "eventId" });
            };
            request.onsuccess = function () { resolve(request.result); };
            request.onerror = function () { resolve(null); };
        });
    }

    function store(name, mode, work) {
        return new Promise(function (resolve, reject) {
            if (!db) return resolve(undefined);
            var tx = db.transaction(name, mode);
            var result = work(tx.objectStore(name));
            tx.oncomplete = function () { resolve(result && "result" in result ? result.result : undefined); };
            tx.onerror = function () { reject(tx.error); };
        });
    }

    function queued() {
        return store("scans", "readonly", function (s) { return s.getAll(); }).then(function (all) {
            return (all || []).filter(function (x) { return String(x.eventId) === String(eventId); })
                .sort(function (a, b) { return (a.seq || 0) - (b.seq || 0); }); // in the order they were scanned
        });
    }

    function fold(s) {
        return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().trim();
    }

    function session() {
        var select = el("checkin-session");
        return select && select.value ? parseInt(select.value, 10) : null;
    }

    function nonce() {
        if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
        var bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
    }

    function useRoster(data) {
        roster = {};
        admitted = {};
        (data.tickets || []).forEach(function (t) { roster[t.code] = t; });
        (data.checkedIn || []).forEach(function (c) { admitted[c.code + "|" + (c.sessionId || "")] = true; });
        testid("roster-count").textContent = String(Object.keys(roster).length);
        refreshAdmitted();
    }

    function refreshAdmitted() { testid("admitted").textContent = String(Object.keys(admitted).length); }

    function loadRoster() {
        return fetch(base + "?handler=Roster", { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
            .then(function (data) {
                useRoster(data);
                return store("rosters", "readwrite", function (s) { s.put({ eventId: String(eventId), data: data }); });
            })
            .catch(function () {
                return store("rosters", "readonly", function (s) { return s.get(String(eventId)); })
                    .then(function (saved) { if (saved) useRoster(saved.data); });
            });
    }

    function show(result, name, pending) {
        var box = testid("checkin-result");
        box.className = "alert fs-4 " + (result === "accepted" ? "alert-success" : "alert-danger");
        box.dataset.result = result;
        box.textContent = labels[result] + (name ? ": " + name : "") + (pending ? " (chưa đồng bộ)" : "");
    }

    function logRow(scan, result, name, pending) {
        var tr = document.createElement("tr");
        tr.dataset.nonce = scan.nonce;
        tr.setAttribute("data-testid", "scan-row");
        var at = new Date(scan.scannedAt);
        [at.toLocaleTimeString("vi-VN"), scan.ticketCode, name || "", ""].forEach(function (text) {
            var td = document.createElement("td");
            td.textContent = text;
            tr.appendChild(td);
        });
        el("checkin-log").insertBefore(tr, el("checkin-log").firstChild);
        rows[scan.nonce] = tr;
        mark(tr, result, pending);
    }

    function mark(tr, result, pending) {
        var cell = tr.lastChild;
        cell.textContent = labels[result] + (pending ? " (chưa đồng bộ)" : "");
        cell.className = result === "accepted" ? "text-success fw-bold" : "text-danger fw-bold";
        tr.dataset.result = result;
        tr.dataset.synced = pending ? "false" : "true";
    }

    function scan(code) {
        code = (code || "").trim().toUpperCase();
        if (!code) return;
        var s = session();
        var entry = roster[code];
        var key = code + "|" + (s || "");
        var result = !entry ? "unknown"
            : s && entry.sessionId && entry.sessionId !== s ? "wrong-session"
            : admitted[key] ? "duplicate" : "accepted";
        if (result === "accepted") { admitted[key] = true; refreshAdmitted(); }
        var item = { nonce: nonce(), eventId: String(eventId), ticketCode: code, sessionId: s, scannedAt: new Date().toISOString(), seq: Date.now() * 1000 + (counter++ % 1000) };
        show(result, entry ? entry.name : null, true);
        logRow(item, result, entry ? entry.name : null, true);
        store("scans", "readwrite", function (st) { st.put(item); }).then(updatePending).then(sync);
    }

    function updatePending() {
        return queued().then(function (all) { testid("pending").textContent = String(all.length); return all; });
    }

    function setNetwork(online) { testid("network").textContent = online ? "có mạng" : "mất mạng"; }

    function sync() {
        if (syncing) return Promise.resolve();
        syncing = true;
        var sent = false;
        return queued().then(function (all) {
            if (all.length === 0) return;
            var body = all.map(function (x) { return { ticketCode: x.ticketCode, sessionId: x.sessionId, scannedAt: x.scannedAt, nonce: x.nonce }; });
            return fetch(base + "?handler=Scans", {
                method: "POST", credentials: "same-origin",
                headers: { "Content-Type": "application/json", RequestVerificationToken: meta ? meta.content : "" },
                body: JSON.stringify(body)
            }).then(function (r) {
                if (!r.ok) throw new Error(String(r.status));
                return r.json();
            }).then(function (answers) {
                setNetwork(true);
                var latest = null;
                answers.forEach(function (a) {
                    var tr = rows[a.nonce];
                    if (tr) mark(tr, a.result, false);
                    latest = a;
                });
                if (latest && all.length === 1) show(latest.result, latest.name, false);
                sent = true;
                return store("scans", "readwrite", function (st) { answers.forEach(function (a) { st.delete(a.nonce); }); });
            });
        }).catch(function () {
            setNetwork(false);
        }).then(function () {
            syncing = false;
            // Scans made while this batch was on its way go next.
            return updatePending().then(function (left) { if (sent && left.length > 0) return sync(); });
        });
    }

    // Typed or scanned by a keyboard-like scanner.
    el("checkin-form").addEventListener("submit", function (e) {
        e.preventDefault();
        var input = el("checkin-code");
        scan(input.value);
        input.value = "";
        input.focus();
    });
    el("checkin-sync").addEventListener("click", function () { sync(); });

    // Names without diacritics: "nguyen van an" finds "Nguyễn Văn An".
    el("checkin-search").addEventListener("input", function () {
        var q = fold(this.value);
        var list = el("checkin-matches");
        list.innerHTML = "";
        if (q.length < 2) return;
        Object.keys(roster).filter(function (c) { return fold(roster[c].name).indexOf(q) >= 0; }).slice(0, 10).forEach(function (c) {
            var li = document.createElement("li");
            li.className = "list-group-item list-group-item-action";
            li.setAttribute("role", "button");
            li.tabIndex = 0;
            li.textContent = roster[c].name + (roster[c].unit ? " – " + roster[c].unit : "");
            li.addEventListener("click", function () { scan(c); list.innerHTML = ""; el("checkin-search").value = ""; });
            list.appendChild(li);
        });
    });

    // The camera: the browser's BarcodeDetector where there is one, else jsQR on frames drawn to a canvas.
    var lastCode = null, lastAt = 0;
    el("checkin-camera").addEventListener("click", function () {
        var video = el("checkin-video");
        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { show("unknown", "Thiết bị không có máy ảnh", false); return; }
        navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then(function (stream) {
            video.srcObject = stream;
            video.hidden = false;
            video.play();
            var detector = "BarcodeDetector" in window ? new window.BarcodeDetector({ formats: ["qr_code"] }) : null;
            var canvas = document.createElement("canvas");
            var context = canvas.getContext("2d", { willReadFrequently: true });
            function found(code) {
                var now = Date.now();
                if (code && (code !== lastCode || now - lastAt > 3000)) { lastCode = code; lastAt = now; scan(code); }
            }
            function frame() {
                if (video.readyState < 2) return requestAnimationFrame(frame);
                if (detector) {
                    detector.detect(video).then(function (codes) { if (codes.length) found(codes[0].rawValue); requestAnimationFrame(frame); },
                        function () { requestAnimationFrame(frame); });
                } else if (window.jsQR) {
                    canvas.width = video.videoWidth;
                    canvas.height = video.videoHeight;
                    context.drawImage(video, 0, 0, canvas.width, canvas.height);
                    var image = context.getImageData(0, 0, canvas.width, canvas.height);
                    var code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
                    if (code) found(code.data);
                    requestAnimationFrame(frame);
                }
            }
            requestAnimationFrame(frame);
        }).catch(function () { show("unknown", "Không mở được máy ảnh", false); });
    });

    window.addEventListener("online", function () { setNetwork(true); sync(); });
    window.addEventListener("offline", function () { setNetwork(false); });

    // This page itself, for the service worker to serve when it is opened again without the network (the first visit
    // was not yet under the worker).
    function keepPage() {
        if (!window.caches || !navigator.onLine) return Promise.resolve();
        return caches.open("lantoa-checkin-v1").then(function (c) { return c.add(location.pathname); }).catch(function () { });
    }

    openDb().then(function (d) { db = d; return loadRoster(); }).then(keepPage).then(function () {
        setNetwork(navigator.onLine);
        root.dataset.ready = "true";
        return sync();
    });
})();
