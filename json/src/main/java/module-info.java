/**
 * Eligibility policies as JSON documents and the eligibility conformance vectors. Depends only on
 * the API and jackson-jr.
 */
module org.tatawwu.json {
  requires transitive org.tatawwu.api;
  requires com.fasterxml.jackson.jr.ob;
  requires static org.jspecify;

  exports org.tatawwu.json;
}
