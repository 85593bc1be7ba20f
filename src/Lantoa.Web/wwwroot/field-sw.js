// Service worker of the team member's field log (scope /Teams/Field; wwwroot/js/field.js registers it and puts the page
// and its files in the cache "lantoa-field-v1"). What it holds is answered from the cache at once, and fetched again in
// the background to refresh the copy for next time (stale-while-revalidate); with no network the copy is all there is.
// Everything else, the API above all, goes to the network untouched: the queue of visits lives in IndexedDB, not here.
"use strict";
var CACHE = "lantoa-field-v1";

self.addEventListener("install", function () { self.skipWaiting(); });

self.addEventListener("activate", function (event) {
    event.waitUntil(caches.keys()
        .then(function (keys) { return Promise.all(keys.filter(function (k) { return k.indexOf("lantoa-field-") === 0 && k !== CACHE; }).map(function (k) { return caches.delete(k); })); })
        .then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (event) {
    var request = event.request;
    var url = new URL(request.url);
    if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.indexOf("/api/") === 0) return;
    event.respondWith(caches.open(CACHE).then(function (cache) {
        return cache.match(request, { ignoreVary: true }).then(function (cached) {
            if (!cached) return fetch(request);
            // Refresh the copy; a sign-in redirect or an error page never replaces it.
            var refresh = fetch(request).then(function (response) {
                if (response.ok && response.type === "basic" && !response.redirected) return cache.put(request, response.clone());
            }).catch(function () { /* offline: the copy stays */ });
            event.waitUntil(refresh);
            return cached;
        });
    }));
});
