// The Content-Security-Policy of strict government portals: the demo and the CSP tests are served with it. `blob:` in img-src is
// the one need of the PNG export (the chart's SVG is drawn to a canvas through an image of a blob: URL).
export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
