// Globals of the extension (www/extension/) for tsc. `chrome` and Firefox's `browser` come from
// @types/chrome (the extension calls only what both have, as promises); here are the constant
// scripts/build-extension.mjs defines and what the extension's scripts put on `globalThis`.

/** Set by scripts/build-extension.mjs: whether pkg/ exports declutterPage() and restorePage(). */
declare const DECLUTTER_IN_PLACE: boolean;

/** The content script's entry points (www/extension/content.js), once it is injected. */
declare var __declutterExtension: {
  run(action: string, options?: import("../www/extension/content.js").RunOptions): Promise<import("../www/extension/content.js").ActionResult>;
  renderInFrame(payload: import("../www/extension/content.js").FramePayload, onClose: () => void): Promise<unknown>;
} | undefined;

/** What the background exposes for the end-to-end tests (www/extension/background.js). */
declare var declutterBackground: Readonly<Record<string, unknown>> | undefined;
