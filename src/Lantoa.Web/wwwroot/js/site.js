// Sends the antiforgery token with every htmx request, and lets htmx swap validation responses (422) into the page.
document.addEventListener("DOMContentLoaded", function () {
    var meta = document.querySelector('meta[name="antiforgery-token"]');
    document.body.addEventListener("htmx:configRequest", function (e) {
        if (meta) e.detail.headers["RequestVerificationToken"] = meta.content;
    });
    if (window.htmx) {
        htmx.config.responseHandling = [
            { code: "204", swap: false },
            { code: "[23]..", swap: true },
            { code: "422", swap: true },
            { code: "409", swap: true },
            { code: "[45]..", swap: false, error: true }
        ];
    }
    document.body.addEventListener("htmx:responseError", function (e) {
        alert("Không thực hiện được (mã " + e.detail.xhr.status + "). Vui lòng tải lại trang.");
    });
});

// Forms that ask before they act: <form data-confirm="Xóa …?">. (The CSP forbids inline handlers.)
document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) e.preventDefault();
}, true);

// The estimate editor, quick on the keyboard: click a row or press Enter on it to edit; in the row Enter saves
// (Shift+Enter is a new line in the content), Esc cancels; a block of cells pasted into the new row's content
// (tab-separated, as Excel and Word copy them) is sent to the paste form instead.
(function () {
    function loadTable(url) {
        if (window.htmx) htmx.ajax("GET", url, { target: "#estimate-table", swap: "outerHTML" });
        else window.location.href = url;
    }
    document.addEventListener("click", function (e) {
        var row = e.target.closest && e.target.closest("tr[data-edit-url]");
        if (!row || e.target.closest(".row-actions") || e.target.closest("a,button,input,select,textarea")) return;
        loadTable(row.dataset.editUrl);
    });
    document.addEventListener("keydown", function (e) {
        var t = e.target;
        if (!t.closest) return;
        if (e.key === "Enter" && t.matches("tr[data-edit-url]")) {
            e.preventDefault();
            loadTable(t.dataset.editUrl);
        } else if (e.key === "Escape" && t.closest(".line-edit")) {
            e.preventDefault();
            loadTable(t.closest(".line-edit").dataset.cancelUrl);
        } else if (e.key === "Enter" && !e.shiftKey && t.matches(".line-edit textarea, .line-new textarea") && t.form) {
            e.preventDefault();
            t.form.requestSubmit();
        }
    });
    document.addEventListener("paste", function (e) {
        var t = e.target;
        if (!t.dataset || !t.dataset.pasteTarget) return;
        var text = (e.clipboardData || window.clipboardData).getData("text");
        if (!text || (text.indexOf("\t") < 0 && text.indexOf("\n") < 0)) return;
        var form = document.querySelector(t.dataset.pasteTarget);
        if (!form) return;
        e.preventDefault();
        form.querySelector("textarea[name=text]").value = text;
        form.requestSubmit();
    });
    document.addEventListener("htmx:afterRequest", function (e) {
        var form = e.detail.elt;
        if (form && form.id === "paste-form" && e.detail.successful) form.reset();
    });
})();

// Budget charts: the data sits in a JSON block (no inline script under the CSP).
document.addEventListener("DOMContentLoaded", function () {
    var data = document.getElementById("budget-chart-data");
    if (!data || !window.Chart) return;
    var d = JSON.parse(data.textContent);
    var money = function (v) { return Number(v).toLocaleString("vi-VN") + " đồng"; };
    var tooltip = { callbacks: { label: function (c) { return c.label + ": " + money(c.raw); } } };
    var sources = document.getElementById("chart-sources");
    if (sources && d.sources.length) new Chart(sources, {
        type: "doughnut",
        data: { labels: d.sources.map(function (s) { return s.label; }), datasets: [{ data: d.sources.map(function (s) { return s.value; }) }] },
        options: { maintainAspectRatio: false, plugins: { tooltip: tooltip, legend: { position: "right" } } }
    });
    var units = document.getElementById("chart-units");
    if (units && d.units.length) new Chart(units, {
        type: "bar",
        data: {
            labels: d.units.map(function (u) { return u.label; }),
            datasets: [
                { label: "Dự toán", data: d.units.map(function (u) { return u.value; }) },
                { label: "Kế hoạch ghi", data: d.units.map(function (u) { return u.stated; }) }
            ]
        },
        options: { maintainAspectRatio: false, indexAxis: "y", plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ": " + money(c.raw); } } } } }
    });
});

// Dashboard: progress per activity (share done and share reported).
document.addEventListener("DOMContentLoaded", function () {
    var data = document.getElementById("dashboard-chart-data");
    var canvas = document.getElementById("chart-progress");
    if (!data || !canvas || !window.Chart) return;
    var d = JSON.parse(data.textContent);
    new Chart(canvas, {
        type: "bar",
        data: { labels: d.labels, datasets: [{ label: "Hoàn thành (%)", data: d.done }, { label: "Đã báo cáo (%)", data: d.reported }] },
        options: { maintainAspectRatio: false, indexAxis: "y", scales: { x: { min: 0, max: 100 } } }
    });
});
