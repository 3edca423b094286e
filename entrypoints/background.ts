// Background entry point. The analysis engine lives in lib/; wiring it to tabs (offscreen tokenizer,
// badge, popup) is the extension issue's work and lands there.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    // Nothing to migrate yet.
  });
});
