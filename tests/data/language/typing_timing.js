// Measures the live language check on a built page; used by tests/browser/test_check_browser.py
// and bench/bench.py. Argument: [css selector of the exercise, text]. No network, no side effects
// beyond the textarea it types into.
([selector, text]) => {
  const area = document.querySelector(selector + " textarea");
  area.value = text;
  area.dispatchEvent(new Event("input", {bubbles: true}));
  const keys = [];
  for (let i = 0; i < 30; i += 1) {
    const t0 = performance.now();
    area.value += i % 5 ? "a" : " ";
    area.dispatchEvent(new Event("input", {bubbles: true}));
    keys.push(performance.now() - t0);
  }
  const runs = [];
  for (let i = 0; i < 10; i += 1) {
    const t0 = performance.now();
    area.sipCheckRun();
    runs.push(performance.now() - t0);
  }
  const sorted = (xs) => [...xs].sort((a, b) => a - b);
  return {keystroke_max: Math.max(...keys), check_median: sorted(runs)[5], check_max: Math.max(...runs),
          findings: document.querySelectorAll(selector + " .sip-field .sip-check-item").length};
}
