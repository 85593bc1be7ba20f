// The door check-in page offline (registered by /js/checkin.js with scope /Events/). The check-in pages and their
// rosters: network first, the last copy when there is no network. Their scripts and styles: from the cache, fetched
// once per version. Nothing else is touched, and POSTs (the scans' upload) always go to the network: the page queues them itself.
"use strict";
var CACHE = "lantoa-checkin-v1";
var ASSETS = ["/js/checkin.js", "/lib/jsqr/jsQR.js", "/lib/bootstrap/bootstrap.min.css", "/css/site.css", "/js/site.js", "/lib/htmx/htmx.min.js"];

self.addEventListener("install", function (e) {
    self.skipWaiting();
    e.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(ASSETS); }));
});

self.addEventListener("activate", function (e) { e.waitUntil(self.clients.claim()); });

self.addEventListener("fetch", function (e) {
    var request = e.request;
    if (request.method !== "GET") return;
    var url = new URL(request.url);
    if (url.origin !== self.location.origin) return;
    if (/^\/Events\/\d+\/CheckIn$/i.test(url.pathname)) {
        e.respondWith(fetch(request).then(function (response) {
            if (response.ok) {
                var copy = response.clone();
                caches.open(CACHE).then(function (c) { return c.put(request, copy); });
            }
            return response;
        }).catch(function () {
            return caches.open(CACHE).then(function (c) { return c.match(request); }).then(function (hit) {
                return hit || new Response("Không có mạng và thiết bị chưa lưu trang này.", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
            });
        }));
        return;
    }
    if (ASSETS.indexOf(url.pathname) >= 0) {
        // The exact version (?v=…) from the cache, else the network, else any cached version of the file.
        e.respondWith(caches.open(CACHE).then(function (c) {
            return c.match(request).then(function (hit) {
                return hit || fetch(request).then(function (response) {
                    if (response.ok) c.put(request, response.clone());
                    return response;
                }).catch(function () { return c.match(request, { ignoreSearch: true }); });
            });
        }));
    }
});
