// Stops the clock once ECharts has drawn the three charts (it draws synchronously in setOption)
// and the page has painted.
requestAnimationFrame(() =>
  setTimeout(() => window.__finish((window.__charts || []).length === 3 && document.querySelectorAll('.chart svg').length === 3)),
);
