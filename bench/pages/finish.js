// Shared by the benchmark pages: the views are done when drawn AND the page has painted content.
// `settled`, if given, is checked after the clock has stopped (it must resolve to true for the run
// to count); the runner waits for the console message, so no harness script runs on the page
// while the clock is running.
window.__finish = (ok, settled) => {
  const drawn = performance.now();
  // The other clock: drawn, one frame after the last update, whether or not the page has painted yet.
  window.__tDrawn = drawn;
  const settle = async (paintTime) => {
    window.__t1 = Math.max(drawn, paintTime);
    window.__ok = ok && (settled ? await settled() : true);
    console.debug('bench:done');
  };
  const painted = performance.getEntriesByName('first-contentful-paint')[0];
  if (painted) return settle(painted.startTime);
  const observer = new PerformanceObserver((list) => {
    const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
    if (!entry) return;
    observer.disconnect();
    settle(entry.startTime);
  });
  observer.observe({ type: 'paint', buffered: true });
};
