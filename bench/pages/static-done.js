// The static copy of our widgets (no script): stops the clock as the other pages do, at the end
// of the first frame, after the page has painted.
requestAnimationFrame(() => setTimeout(() => window.__finish(document.querySelectorAll('tr-kpi-gauge, tr-unit-matrix, tr-deadline-timeline').length === 3)));
