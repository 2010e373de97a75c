// Swagger UI (the org.webjars:swagger-ui files served beside this one) showing the service's own OpenAPI document,
// named by the page's <meta name="openapi-document">. Nothing is loaded from another origin.
window.onload = function () {
  var spec = document.querySelector('meta[name="openapi-document"]').getAttribute('content');
  window.ui = SwaggerUIBundle({
    url: spec,
    dom_id: '#swagger-ui',
    deepLinking: true,
    persistAuthorization: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout'
  });
};
