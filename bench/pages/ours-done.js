// Stops the clock once all three widgets have rendered (including the re-layout at their measured
// width) and the page has painted.
(async () => {
  const widgets = [...document.querySelectorAll('tr-kpi-gauge, tr-unit-matrix, tr-deadline-timeline')];
  await Promise.all(widgets.map((w) => w.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => r()));
  await Promise.all(widgets.map((w) => w.updateComplete));
  requestAnimationFrame(() =>
    setTimeout(() =>
      window.__finish(widgets.every((w) => w.shadowRoot && w.shadowRoot.querySelector('[part]') && !w.shadowRoot.querySelector('[role="alert"]'))),
    ),
  );
})();
