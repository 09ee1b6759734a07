// Records every Content-Security-Policy violation and uncaught error of the page, for the test
// in the parent frame (test/browser/hardening-csp.test.ts). A file, not inline: the page's CSP forbids inline script.
window.cspViolations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample || ''}`.trim());
});
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
