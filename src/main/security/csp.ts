/**
 * The one Content-Security-Policy of the renderer, sent by both hosts. Scripts only from the app itself; inline
 * styles are allowed because Mantine writes its CSS variables into a style element.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // Print previews show the PDF from a blob: URL in Chromium's own viewer.
  "frame-src blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
