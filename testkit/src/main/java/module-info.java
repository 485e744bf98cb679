/**
 * Contract test suites for Tatawwu's extension points: a store written for another database extends
 * the suite of its contract in its own tests and runs the same checks as Tatawwu's stores.
 */
module org.tatawwu.testkit {
  requires transitive org.tatawwu.api;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  requires static org.jspecify;

  exports org.tatawwu.testkit;

  // JUnit instantiates and calls the suites reflectively.
  opens org.tatawwu.testkit to
      org.junit.platform.commons;
}
