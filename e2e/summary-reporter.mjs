// Ends the run with `e2e: N passed, N failed`, the line .ci/run reads; a test that did not run counts as failed.
export default class SummaryReporter {
  onBegin(_config, suite) {
    this.suite = suite;
  }

  onEnd() {
    const tests = this.suite?.allTests() ?? [];
    const passed = tests.filter((test) => ['expected', 'flaky'].includes(test.outcome())).length;
    const failed = tests.length - passed;
    const server = globalThis.coconE2eServer;
    if (failed && server) console.log(`server output:\n${server.output().slice(-3000)}`);
    console.log(`e2e: ${passed} passed, ${failed} failed`);
  }

  printsToStdio() {
    return false;
  }
}
