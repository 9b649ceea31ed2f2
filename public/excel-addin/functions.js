// SPASER 365 — Excel custom functions.
// The add-in uses the shared runtime: the functions are registered by the task pane's own bundle
// (excel-addin/src/functions.ts, `CustomFunctions.associate`), loaded by the manifest's <Page>
// (excel-addin/taskpane.html). Excel's manifest schema still requires a <Script> URL; this file is it.
