// The team member's offline field log (/Teams/Field). Visits are kept in IndexedDB ("queue", keyed by a client-made
// UUID) and sent to POST /api/v1/field-logs when the browser is online; the server stores each client id once, so a
// resend after a lost answer is answered "duplicate" and removed from the queue like a created one. Records the server
// rejects stay on the phone with its Vietnamese reasons until the member deletes them. The campaigns and the bearer
// token live in the "meta" store, so the page works with no network after one visit online. The service worker
// (/field-sw.js) serves this page and its files from its cache.
(function () {
    "use strict";
    var root = document.getElementById("field");
    if (!root) return;

    var CACHE = "lantoa-field-v1";
    var LOGS = "/api/v1/field-logs";
    var CAMPAIGNS = "/api/v1/me/campaigns";
    var BATCH = 100;
    var $ = function (id) { return document.getElementById(id); };
    var state = { campaigns: [], token: null, syncing: false, again: false };

    // ----- IndexedDB -----
    var dbPromise = null;
    function db() {
        if (!dbPromise) dbPromise = new Promise(function (resolve, reject) {
            var open = indexedDB.open("lantoa-field", 1);
            open.onupgradeneeded = function () {
                open.result.createObjectStore("queue", { keyPath: "clientId" });
                open.result.createObjectStore("meta");
            };
            open.onsuccess = function () { resolve(open.result); };
            open.onerror = function () { reject(open.error); };
        });
        return dbPromise;
    }
    function run(store, mode, work) {
        return db().then(function (d) {
            return new Promise(function (resolve, reject) {
                var t = d.transaction(store, mode);
                var request = work(t.objectStore(store));
                t.oncomplete = function () { resolve(request ? request.result : undefined); };
                t.onerror = function () { reject(t.error); };
                t.onabort = function () { reject(t.error); };
            });
        });
    }
    var meta = {
        get: function (key) { return run("meta", "readonly", function (s) { return s.get(key); }); },
        put: function (key, value) { return run("meta", "readwrite", function (s) { return s.put(value, key); }); },
        remove: function (key) { return run("meta", "readwrite", function (s) { return s.delete(key); }); }
    };
    var queue = {
        all: function () { return run("queue", "readonly", function (s) { return s.getAll(); }); },
        put: function (record) { return run("queue", "readwrite", function (s) { return s.put(record); }); },
        remove: function (ids) { return run("queue", "readwrite", function (s) { ids.forEach(function (id) { s.delete(id); }); return null; }); }
    };

    // ----- what the page shows -----
    function message(text, kind) {
        var box = $("field-message");
        box.textContent = text || "";
        box.className = "alert small alert-" + (kind || "info") + (text ? "" : " d-none");
    }
    function showNetwork() {
        $("field-network").textContent = navigator.onLine
            ? "Đang có mạng: bản ghi được gửi ngay."
            : "Đang không có mạng: bản ghi được lưu trên máy và tự gửi khi có mạng trở lại.";
        $("field-network").className = "small mb-2 " + (navigator.onLine ? "text-success" : "text-danger fw-semibold");
        root.dataset.online = navigator.onLine ? "1" : "0";
    }
    function mine(records) {
        var user = state.token ? state.token.userId : null;
        return records.filter(function (r) { return user === null || r.userId === user || r.userId === null; });
    }
    function campaignOf(id) { return state.campaigns.filter(function (c) { return c.id === id; })[0]; }
    function nameIn(list, key, field) {
        var hit = (list || []).filter(function (x) { return x[field] === key; })[0];
        return hit ? hit.name : key;
    }
    function day(iso) { var p = iso.split("-"); return p[2] + "/" + p[1] + "/" + p[0]; }

    function render() {
        return queue.all().then(function (all) {
            var records = mine(all).sort(function (a, b) { return a.savedAt < b.savedAt ? -1 : 1; });
            var badge = $("field-pending");
            badge.textContent = "chưa gửi: " + records.length;
            badge.dataset.count = String(records.length);
            badge.className = "badge fs-6 " + (records.length ? "text-bg-warning" : "text-bg-success");
            var list = $("field-queue");
            list.textContent = "";
            records.forEach(function (r) {
                var c = campaignOf(r.campaignId) || {};
                var li = document.createElement("li");
                li.className = "list-group-item" + (r.errors ? " list-group-item-danger" : "");
                li.dataset.clientId = r.clientId;
                li.textContent = day(r.date) + " · " + nameIn(c.communes, r.communeCode, "code") + (r.village ? ", " + r.village : "")
                    + " · " + nameIn(c.categories, r.category, "key") + " · " + r.households + " hộ, " + r.people + " người";
                if (r.errors) {
                    var why = document.createElement("div");
                    why.className = "fw-semibold";
                    why.textContent = "Không được nhận: " + Object.keys(r.errors).map(function (k) { return r.errors[k].join(" "); }).join(" ");
                    li.appendChild(why);
                    var drop = document.createElement("button");
                    drop.type = "button";
                    drop.className = "btn btn-sm btn-outline-danger mt-1";
                    drop.textContent = "Xóa bản ghi này";
                    drop.addEventListener("click", function () { queue.remove([r.clientId]).then(render); });
                    li.appendChild(drop);
                }
                list.appendChild(li);
            });
        });
    }

    function fill(select, items, value, text) {
        var keep = select.value;
        select.textContent = "";
        items.forEach(function (item) {
            var o = document.createElement("option");
            o.value = String(value(item));
            o.textContent = text(item);
            select.appendChild(o);
        });
        if (keep && items.some(function (i) { return String(value(i)) === keep; })) select.value = keep;
    }
    function showCampaign() {
        var c = campaignOf(Number($("f-campaign").value));
        if (!c) return;
        fill($("f-commune"), c.communes, function (x) { return x.code; }, function (x) { return x.name; });
        fill($("f-category"), c.categories, function (x) { return x.key; }, function (x) { return x.name; });
        var date = $("f-date");
        date.min = c.startsOn;
        date.max = c.endsOn;
        var today = new Date().toISOString().slice(0, 10);
        if (!date.value || date.value < c.startsOn || date.value > c.endsOn)
            date.value = today < c.startsOn ? c.startsOn : today > c.endsOn ? c.endsOn : today;
    }
    function showCampaigns() {
        fill($("f-campaign"), state.campaigns, function (c) { return c.id; },
            function (c) { return c.title + " (" + day(c.startsOn) + " – " + day(c.endsOn) + ")"; });
        showCampaign();
        if (state.campaigns.length === 0)
            message(navigator.onLine ? "Tổ của bạn chưa tham gia chiến dịch nào." : "Chưa có danh sách chiến dịch trên máy: hãy mở trang này một lần khi có mạng.", "warning");
    }

    // ----- the server -----
    function antiforgery() {
        var m = document.querySelector('meta[name="antiforgery-token"]');
        return m ? m.content : "";
    }
    // The bearer token of the API: kept while it has more than five minutes left, else asked of the page (cookie session).
    function token() {
        return meta.get("token").then(function (t) {
            if (t && Date.parse(t.expiresAt) - Date.now() > 5 * 60 * 1000) return (state.token = t);
            if (!navigator.onLine) return (state.token = t || null);
            return fetch(root.dataset.scope + "?handler=Token", {
                method: "POST", credentials: "same-origin", headers: { "RequestVerificationToken": antiforgery() }
            }).then(function (r) {
                if (r.redirected || r.status === 401 || r.status === 403 || r.status === 400) {
                    message("Phiên đăng nhập đã hết hoặc trang đã cũ: hãy tải lại trang (đăng nhập lại nếu được hỏi) để gửi các bản ghi. Bản ghi vẫn được giữ trên máy.", "warning");
                    return null;
                }
                if (!r.ok) throw new Error(String(r.status));
                return r.json().then(function (fresh) { return meta.put("token", fresh).then(function () { return (state.token = fresh); }); });
            });
        });
    }
    function loadCampaigns() {
        return meta.get("campaigns").then(function (saved) {
            state.campaigns = saved || [];
            if (!navigator.onLine || !state.token) return;
            return fetch(CAMPAIGNS, { headers: { "Authorization": "Bearer " + state.token.accessToken } })
                .then(function (r) { return r.ok ? r.json() : null; })
                .then(function (list) { if (list) { state.campaigns = list; return meta.put("campaigns", list); } })
                .catch(function () { /* offline after all: the saved list stays */ });
        });
    }
    function strip(r) {
        return { clientId: r.clientId, campaignId: r.campaignId, communeCode: r.communeCode, village: r.village || null, category: r.category,
            date: r.date, households: r.households, people: r.people, note: r.note || null };
    }
    // Sends what waits, a batch at a time; created and duplicate leave the queue, rejected stay with their reasons.
    function sync() {
        if (state.syncing) { state.again = true; return Promise.resolve(); }
        if (!navigator.onLine) return render();
        state.syncing = true;
        root.dataset.syncing = "1";
        return token().then(function (t) {
            if (!t) return;
            $("field-who").textContent = "Thành viên: " + t.name;
            return queue.all().then(function (all) {
                // A record saved before this phone ever had a token (first use offline) is the signed-in member's.
                var waiting = all.filter(function (r) { return (r.userId === t.userId || r.userId === null) && !r.errors; });
                var sent = 0;
                function next() {
                    if (waiting.length === 0) {
                        if (sent > 0) message("Đã gửi " + sent + " bản ghi.", "success");
                        return;
                    }
                    var batch = waiting.splice(0, BATCH);
                    return fetch(LOGS, {
                        method: "POST",
                        headers: { "Content-Type": "application/json", "Authorization": "Bearer " + t.accessToken },
                        body: JSON.stringify(batch.map(strip))
                    }).then(function (r) {
                        if (r.status === 401) return meta.remove("token").then(function () {
                            message("Mã truy cập đã hết hạn: hãy tải lại trang để gửi tiếp. Bản ghi vẫn được giữ trên máy.", "warning");
                        });
                        if (!r.ok) return r.json().catch(function () { return {}; }).then(function (p) {
                            message("Máy chủ chưa nhận bản ghi" + (p && p.detail ? ": " + p.detail : " (mã " + r.status + ")") + ". Bản ghi vẫn được giữ trên máy.", "danger");
                        });
                        return r.json().then(function (results) {
                            var done = [];
                            var rejected = [];
                            results.forEach(function (x, i) {
                                if (x.status === "created" || x.status === "duplicate") done.push(batch[i].clientId);
                                else rejected.push(Object.assign({}, batch[i], { errors: x.errors || { "": ["Không hợp lệ."] } }));
                            });
                            sent += done.length;
                            return queue.remove(done)
                                .then(function () { return Promise.all(rejected.map(queue.put)); })
                                .then(next);
                        });
                    });
                }
                return next();
            });
        }).catch(function () {
            message("Chưa gửi được vì mất kết nối. Bản ghi vẫn được giữ trên máy và sẽ tự gửi khi có mạng.", "warning");
        }).then(function () {
            state.syncing = false;
            root.dataset.syncing = "0";
            var again = state.again;
            state.again = false;
            return render().then(function () { if (again) return sync(); });
        });
    }

    // ----- the form -----
    function whole(id) {
        var v = $(id).value.trim();
        return /^\d{1,6}$/.test(v) ? Number(v) : null;
    }
    function uuid() {
        if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
        var b = crypto.getRandomValues(new Uint8Array(16));
        b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
        var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join("");
        return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
    }
    $("field-form").addEventListener("submit", function (e) {
        e.preventDefault();
        var c = campaignOf(Number($("f-campaign").value));
        var errors = [];
        var households = whole("f-households");
        var people = whole("f-people");
        var date = $("f-date").value;
        if (!c) errors.push("Chọn chiến dịch.");
        if (!$("f-commune").value) errors.push("Chọn xã, phường.");
        if (!$("f-category").value) errors.push("Chọn nội dung hướng dẫn.");
        if (!date) errors.push("Nhập ngày thực hiện.");
        else if (c && (date < c.startsOn || date > c.endsOn)) errors.push("Ngày thực hiện phải trong thời gian chiến dịch (" + day(c.startsOn) + " – " + day(c.endsOn) + ").");
        if (households === null) errors.push("Số hộ phải là số nguyên không âm.");
        if (people === null) errors.push("Số người phải là số nguyên không âm.");
        $("field-errors").textContent = errors.join(" ");
        if (errors.length) return;
        var record = {
            clientId: uuid(), userId: state.token ? state.token.userId : null, campaignId: c.id, communeCode: $("f-commune").value,
            village: $("f-village").value.trim(), category: $("f-category").value, date: date, households: households, people: people,
            note: $("f-note").value.trim(), savedAt: new Date().toISOString()
        };
        queue.put(record).then(function () {
            $("f-households").value = "";
            $("f-people").value = "";
            $("f-note").value = "";
            message("Đã lưu bản ghi trên máy.", "success");
            return render();
        }).then(sync);
    });
    $("f-campaign").addEventListener("change", showCampaign);
    $("field-send").addEventListener("click", function () { sync(); });
    window.addEventListener("online", function () { showNetwork(); sync(); });
    window.addEventListener("offline", function () { showNetwork(); });

    // ----- offline: the service worker and its cache of this page and its files -----
    function offlineReady() {
        if (!("serviceWorker" in navigator) || !window.caches) return Promise.resolve();
        return navigator.serviceWorker.register(root.dataset.sw, { scope: root.dataset.scope })
            .then(function () { return navigator.serviceWorker.ready; })
            .then(function () {
                if (!navigator.onLine) return;
                var files = [root.dataset.scope];
                document.querySelectorAll("link[rel=stylesheet][href], script[src]").forEach(function (el) {
                    files.push(el.getAttribute("href") || el.getAttribute("src"));
                });
                return caches.open(CACHE).then(function (cache) { return cache.addAll(files); });
            })
            .catch(function () { /* no cache: the page still works while it stays open */ });
    }

    showNetwork();
    token()
        .catch(function () { return null; })
        .then(function (t) { if (t) $("field-who").textContent = "Thành viên: " + t.name; return loadCampaigns(); })
        .then(function () { showCampaigns(); return render(); })
        .then(offlineReady)
        .then(function () { root.dataset.ready = "1"; return sync(); });
})();
