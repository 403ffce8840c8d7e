// Loaded first on the drop-in loading test pages, beside record-violations.js: keeps what the page writes to
// the console as an error or a warning (a chunk that failed to load is reported there).
window.__console = [];
for (const level of ['error', 'warn']) {
  const write = console[level].bind(console);
  console[level] = (...args) => {
    window.__console.push(`${level}: ${args.map(String).join(' ')}`);
    write(...args);
  };
}
