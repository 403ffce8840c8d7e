// Stops the clock once ECharts has drawn the three charts and the browser has painted them.
requestAnimationFrame(() => setTimeout(() => {
  window.__t1 = performance.now();
  window.__ok = (window.__charts || []).length === 3 && document.querySelectorAll('.chart svg').length === 3;
}, 0));
