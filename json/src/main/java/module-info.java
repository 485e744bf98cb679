/**
 * Eligibility and hour policies as JSON documents, with their conformance vectors and runners.
 * Depends only on the API and jackson-jr.
 */
module org.tatawwu.json {
  requires transitive org.tatawwu.api;
  requires com.fasterxml.jackson.jr.ob;
  requires static org.jspecify;

  exports org.tatawwu.json;
}
