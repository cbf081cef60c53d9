// The Review Hub API documentation page: Swagger UI over the backend's own OpenAPI document.
// "Try it out" sends requests with the bearer token given under "Authorize"; the page itself holds no data.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: document.getElementById('swagger-ui').dataset.document,
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout'
  });
};
