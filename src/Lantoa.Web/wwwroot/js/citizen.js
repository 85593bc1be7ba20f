// Citizen pages (/cong-dan/…). No inline script (CSP script-src 'self'); every page also works without this file
// except the sign-up's proof of work, which a form needs when the server asks for it.
(function () {
  'use strict';

  // SHA-256 of an ASCII string; returns the eight 32-bit words. Pure JS: crypto.subtle is missing on plain-HTTP intranets.
  var K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
    0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70,
    0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2];
  var W = new Int32Array(64);
  function sha256(text) {
    var n = text.length, blocks = ((n + 8) >> 6) + 1, words = new Int32Array(blocks * 16), i;
    for (i = 0; i < n; i++) words[i >> 2] |= (text.charCodeAt(i) & 0xff) << (24 - (i & 3) * 8);
    words[n >> 2] |= 0x80 << (24 - (n & 3) * 8);
    words[blocks * 16 - 1] = n * 8;
    var h0 = 0x6a09e667, h1 = 0xbb67ae85, h2 = 0x3c6ef372, h3 = 0xa54ff53a, h4 = 0x510e527f, h5 = 0x9b05688c, h6 = 0x1f83d9ab, h7 = 0x5be0cd19;
    for (var b = 0; b < blocks; b++) {
      for (i = 0; i < 64; i++) {
        if (i < 16) W[i] = words[b * 16 + i];
        else {
          var x = W[i - 15], y = W[i - 2];
          var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
          var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
          W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
        }
      }
      var a = h0, bb = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
      for (i = 0; i < 64; i++) {
        var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        var t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
        var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        var t2 = (S0 + ((a & bb) ^ (a & c) ^ (bb & c))) | 0;
        h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = bb; bb = a; a = (t1 + t2) | 0;
      }
      h0 = (h0 + a) | 0; h1 = (h1 + bb) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0;
      h4 = (h4 + e) | 0; h5 = (h5 + f) | 0; h6 = (h6 + g) | 0; h7 = (h7 + h) | 0;
    }
    return [h0, h1, h2, h3, h4, h5, h6, h7];
  }

  function leadingZeroBits(words) {
    var count = 0;
    for (var i = 0; i < words.length; i++) {
      if (words[i] === 0) { count += 32; continue; }
      return count + Math.clz32(words[i]);
    }
    return count;
  }

  // Finds a nonce so that SHA-256(challenge + nonce) starts with `bits` zero bits, in slices that keep the page responsive.
  function solve(challenge, bits, done) {
    var nonce = 0;
    (function slice() {
      for (var end = nonce + 20000; nonce < end; nonce++) {
        if (leadingZeroBits(sha256(challenge + nonce)) >= bits) { done(String(nonce)); return; }
      }
      setTimeout(slice, 0);
    })();
  }

  var form = document.querySelector('form[data-pow]');
  if (form) {
    var bits = parseInt(form.getAttribute('data-difficulty') || '0', 10);
    var nonceField = form.querySelector('[data-nonce]');
    var challenge = form.querySelector('[data-challenge]').value;
    var status = form.querySelector('[data-pow-status]');
    var solved = bits <= 0, waiting = false;
    if (bits > 0) solve(challenge, bits, function (nonce) {
      nonceField.value = nonce;
      solved = true;
      form.setAttribute('data-pow-solved', 'true');
      if (waiting) form.submit();
    });
    else form.setAttribute('data-pow-solved', 'true');
    form.addEventListener('submit', function (ev) {
      var submitter = ev.submitter;
      if (submitter && submitter.hasAttribute('formaction')) return; // "Cập nhật danh sách": no account is created
      if (!solved) {
        ev.preventDefault();
        waiting = true;
        if (status) status.hidden = false;
      }
    });
  }

  // Communes searched without diacritics: "tan an" finds "Tân An".
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
  }
  var query = document.getElementById('CommuneQuery');
  var communes = document.getElementById('Form_CommuneCode');
  var province = document.getElementById('Form_ProvinceCode');
  var units = document.getElementById('Form_WorkplaceUnitId');
  var refresh = document.querySelector('[data-refresh]');
  if (refresh) refresh.hidden = true;
  function filter() {
    if (!query || !communes) return;
    var q = fold(query.value.trim());
    var first = null;
    for (var i = 0; i < communes.options.length; i++) {
      var o = communes.options[i];
      var key = o.getAttribute('data-k');
      if (key === null) continue;
      var show = q === '' || key.indexOf(q) >= 0;
      o.hidden = !show;
      o.disabled = !show;
      if (show && !first) first = o;
    }
    if (q !== '' && first && (communes.selectedIndex <= 0 || communes.options[communes.selectedIndex].hidden)) first.selected = true;
  }
  if (query) query.addEventListener('input', filter);
  function load(list, target) {
    var url = province.getAttribute('data-places') + '&province=' + encodeURIComponent(province.value) + '&list=' + list;
    return fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.text(); }).then(function (html) { target.innerHTML = html; });
  }
  if (province && communes) province.addEventListener('change', function () {
    load('communes', communes).then(filter);
    if (units) load('units', units);
  });
})();
