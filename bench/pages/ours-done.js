// Stops the clock once all three widgets have rendered and the browser has painted them.
(async () => {
  const widgets = [...document.querySelectorAll('tr-kpi-gauge, tr-unit-matrix, tr-deadline-timeline')];
  await Promise.all(widgets.map((w) => w.updateComplete));
  // A widget that lays itself out by width renders again once measured: wait for that too.
  await new Promise((r) => requestAnimationFrame(() => r()));
  await Promise.all(widgets.map((w) => w.updateComplete));
  requestAnimationFrame(() => setTimeout(() => {
    window.__t1 = performance.now();
    window.__ok = widgets.every((w) => w.shadowRoot && w.shadowRoot.querySelector('[part]') && !w.shadowRoot.querySelector('[role="alert"]'));
  }, 0));
})();
