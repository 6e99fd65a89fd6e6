// GOV.UK Frontend marks the body when its JavaScript can run (kept in a file: the CSP forbids inline scripts).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
