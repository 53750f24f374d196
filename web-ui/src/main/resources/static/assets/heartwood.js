// htmx sends the session's CSRF token (the page's <meta name="csrf-token">, see fragments/csrf.html) in the header
// Spring Security reads, as a form sends it in a hidden field. Pages work without this script; it only serves htmx.
document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});
