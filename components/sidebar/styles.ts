/** The sidebar's styles, scoped by its shadow root: the page can't restyle it, it can't restyle the page. */
/** Card text and buttons: the same in the panel's cards and the popover at the words. */
export const CARD_CSS = `
.sev { font-weight: 600; }
.sev-warning .sev { color: #8c1d18; }
.sev-suggestion .sev { color: #14498c; }
.message { font-weight: 550; }
.fix q { font-weight: 600; }
.why { font-size: 12px; color: #474747; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
button {
  font: inherit; font-size: 12px; cursor: pointer; border: 1px solid #b9b9b4; background: #fff; color: #1f1f1f;
  border-radius: 4px; padding: 3px 9px;
}
button:hover { background: #f0f0ed; }
button:disabled { opacity: .55; cursor: default; }
button.primary { background: #14498c; border-color: #14498c; color: #fff; }
button.primary:hover { background: #0f3a70; }
button:focus-visible { outline: 2px solid #14498c; outline-offset: 2px; }
`;

// Docked, the host's box (left, top, width, height) is set inline by mount.tsx from placement.ts.
export const SIDEBAR_CSS = `
:host { all: initial; }
:host([hidden]) { display: none !important; }
:host([data-placement="dock"]) { position: fixed; z-index: 2147483646; display: block; }
:host([data-placement="inline"]) { display: block; width: 100%; }
* { box-sizing: border-box; }
.panel {
  height: 100%; display: flex; flex-direction: column; background: #fbfbfa; color: #1f1f1f;
  border-left: 1px solid #d0d0cc; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: -2px 0 8px rgba(0,0,0,.06);
}
:host([data-side="left"]) .panel { border-left: none; border-right: 1px solid #d0d0cc; }
:host([data-side="top"]) .panel, :host([data-side="bottom"]) .panel { border: 1px solid #d0d0cc; border-radius: 8px; }
:host([data-placement="inline"]) .panel { border: 1px solid #d0d0cc; border-radius: 8px; max-height: 80vh; box-shadow: none; }
header { display: flex; align-items: center; gap: 8px; padding: 10px 12px 4px; }
h2 { font-size: 15px; margin: 0; font-weight: 650; }
.kind { font-size: 11px; padding: 2px 8px; border-radius: 999px; background: #e8f0fb; color: #143d73; }
.kind-internal-note { background: #fdf1d6; color: #5c3d00; }
.collapse { margin-left: auto; }
.count { margin: 0; padding: 0 12px 8px; color: #474747; border-bottom: 1px solid #e3e3df; }
.body { overflow-y: auto; flex: 1; padding: 8px 12px; position: relative; }
.empty { color: #474747; margin: 12px 0; }
.group { margin-bottom: 12px; }
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #3d3d3d; margin: 6px 0; }
.group-count { display: inline-block; min-width: 18px; text-align: center; border-radius: 9px; background: #e3e3df; color: #1f1f1f; font-size: 11px; }
ul { list-style: none; margin: 0; padding: 0; }
.card { background: #fff; border: 1px solid #dadad6; border-left: 4px solid #5e5c64; border-radius: 6px; padding: 8px 10px; margin: 0 0 8px; }
.card.sev-warning { border-left-color: #b3261e; }
.card.sev-suggestion { border-left-color: #1a5fb4; }
.card.note { display: flex; align-items: center; gap: 8px; padding: 4px 8px; background: #fbfbfa; }
.card.note .note-line { flex: 1; margin: 0; font-size: 12px; color: #3d3d3d; }
.card.note .sev { font-weight: 600; }
button.quiet { border-color: transparent; background: transparent; padding: 2px 6px; min-height: 24px; }
.card.current { box-shadow: 0 0 0 2px #1a5fb4; background: #f3f7fd; }
.tone { display: flex; align-items: center; gap: 8px; padding: 6px 12px; border-bottom: 1px solid #e3e3df; font-size: 12px; }
.tone-name { color: #474747; }
.tone-track { flex: 1; height: 8px; border-radius: 4px; background: #e3e3df; overflow: hidden; }
.tone-fill { height: 100%; border-radius: 4px; background: #5e5c64; }
.tone-fill.tone-warm { background: #3d6b35; }
.tone-fill.tone-neutral { background: #1a5fb4; }
.tone-fill.tone-curt { background: #b3261e; }
.tone-word { font-weight: 600; min-width: 52px; }
.ignored { margin: 0 0 4px; }
/* At least 24 × 24 px to hit (WCAG 2.5.8), however small its text. */
button.link { border: none; background: none; padding: 0 4px; min-height: 24px; min-width: 24px; color: #14498c; text-decoration: underline; font-size: 12px; vertical-align: middle; }
.card p { margin: 0 0 4px; }
.meta { display: flex; gap: 8px; align-items: baseline; font-size: 11px; color: #474747; }
.flagged { font-style: italic; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 200px; }
.ignore-rule { display: inline-flex; align-items: center; gap: 4px; font-size: 12px; color: #3d3d3d; }
.source { color: #5a5a5a; }
.notice { display: flex; gap: 8px; align-items: flex-start; margin: 8px 12px 0; padding: 6px 8px; border-radius: 4px; background: #e8f0fb; color: #143d73; }
.notice-error { background: #fce8e6; color: #8c1d18; }
.notice span { flex: 1; }
.notice button { border: none; background: transparent; color: inherit; padding: 0 4px; }
.keys { margin: 0 0 4px; }
kbd { font: inherit; font-weight: 600; padding: 0 3px; border: 1px solid #c9c9c4; border-radius: 3px; background: #fff; }
footer { font-size: 11px; color: #5a5a5a; padding: 6px 12px; border-top: 1px solid #e3e3df; }
.badge {
  width: 100%; height: 100%; min-width: 32px; min-height: 32px; padding: 0; border-radius: 16px; font-size: 14px; font-weight: 700; border: none;
  background: #3d6b35; color: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.25);
}
.badge.has-findings { background: #14498c; }
.badge:hover { background: #0f3a70; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
${CARD_CSS}`;
