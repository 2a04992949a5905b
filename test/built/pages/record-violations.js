// Test instrumentation, loaded before anything else on a page under a policy: records every CSP
// and Trusted Types violation in `window.policyViolations` for the parent test to read.
window.policyViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.policyViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
  );
});
