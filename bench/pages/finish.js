// Shared by the benchmark pages: the views are done when drawn AND the page has painted content.
window.__finish = (ok) => {
  const drawn = performance.now();
  const settle = (paintTime) => {
    window.__t1 = Math.max(drawn, paintTime);
    window.__ok = ok;
    // The runner waits for this message rather than polling the page, so that no harness script
    // runs on the page while the clock is running.
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
