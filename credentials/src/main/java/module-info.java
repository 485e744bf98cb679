/**
 * Hour certificates and recognition as W3C Verifiable Credentials (Data Model 2.0) with Open Badges
 * 3.0 achievements, secured with the Data Integrity cryptosuite {@code eddsa-jcs-2022} (Ed25519
 * from the JDK, RFC 8785 canonicalisation), verified offline from {@code did:key} identifiers,
 * revoked through Bitstring Status Lists. Depends on the API and jackson-jr.
 */
module org.tatawwu.credentials {
  requires transitive org.tatawwu.api;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.jr.ob;
  requires static org.jspecify;

  exports org.tatawwu.credentials;
}
