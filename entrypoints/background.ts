export default defineBackground(() => {
  // The background owns the extension's storage; see lib/ for the handlers it registers.
});
