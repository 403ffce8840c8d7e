// The Content-Security-Policy of strict government portals: the demo and the CSP tests are served with it.
export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
