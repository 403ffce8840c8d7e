// First script on every benchmark page: the clock starts here.
window.__t0 = performance.now();
