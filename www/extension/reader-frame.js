// reader.html: fetches the page's HTML from the background (one-time token in the URL's hash)
// and shows it in the reader view with the bundle content.js defines. Closing the reader view
// asks the content script in the page to remove this frame.
(async () => {
  const ext = globalThis.browser ?? globalThis.chrome;
  const close = () => parent.postMessage({ type: "declutter-frame-closed" }, "*");
  const status = /** @type {HTMLElement} reader.html has it */ (document.getElementById("status"));
  try {
    const token = decodeURIComponent(location.hash.slice(1));
    const payload = await ext.runtime.sendMessage({ type: "declutter-frame-payload", token });
    if (!payload) throw new Error("the page was not handed over in time; try again");
    const extension = globalThis.__declutterExtension;
    if (!extension) throw new Error("the reader's script did not load");
    await extension.renderInFrame(payload, close);
  } catch (error) {
    // A classic script, not a module: shared.js's errorMessage() is not at hand.
    const message = String(/** @type {{ message?: unknown } | null} */ (error)?.message ?? error).replace(/^declutter:\s*/, "");
    status.textContent = `Declutter: ${message}`;
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Close";
    button.addEventListener("click", close);
    status.append(document.createElement("br"), button);
    button.focus();
    addEventListener("keydown", (event) => {
      if (event.key === "Escape") close();
    });
  }
})();
