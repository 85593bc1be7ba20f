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
            { code: "[45]..", swap: false, error: true }
        ];
    }
    document.body.addEventListener("htmx:responseError", function (e) {
        alert("Không thực hiện được (mã " + e.detail.xhr.status + "). Vui lòng tải lại trang.");
    });
});
