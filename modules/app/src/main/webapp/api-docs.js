/*
 * Starts Swagger UI on the OpenAPI document that Payara generates. Kept in its own file because
 * the Content-Security-Policy allows scripts from this site only, never inline.
 */
window.addEventListener('DOMContentLoaded', function () {
    var base = window.location.pathname.replace(/api-docs\.html$/, '');
    window.ui = SwaggerUIBundle({
        url: base + 'openapi?format=JSON',
        dom_id: '#swagger-ui',
        deepLinking: true,
        presets: [SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout',
        tryItOutEnabled: false,
        persistAuthorization: false
    });
});
