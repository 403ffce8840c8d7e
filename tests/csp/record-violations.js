// Loaded first on the strict-CSP test pages: records every CSP violation and page error.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || ''}`);
});
window.addEventListener('error', (event) => window.__errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
