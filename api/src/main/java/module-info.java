/**
 * Tatawwu's API: models, constraint annotations, service interfaces and SPI. The engines come from
 * {@code org.tatawwu.impl}, found with {@link java.util.ServiceLoader} through one {@code
 * org.tatawwu.spi.*ProviderSpi} per capability.
 */
// Immutables' annotations are read at compile time only (source retention, automatic module).
@SuppressWarnings("requires-automatic")
module org.tatawwu.api {
  requires transitive jakarta.validation;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.tatawwu;
  exports org.tatawwu.certificate;
  exports org.tatawwu.constraints;
  exports org.tatawwu.credential;
  exports org.tatawwu.eligibility;
  exports org.tatawwu.field;
  exports org.tatawwu.fund;
  exports org.tatawwu.geo;
  exports org.tatawwu.hours;
  exports org.tatawwu.impact;
  exports org.tatawwu.incident;
  exports org.tatawwu.matching;
  exports org.tatawwu.opportunity;
  exports org.tatawwu.organization;
  exports org.tatawwu.privacy;
  exports org.tatawwu.recognition;
  exports org.tatawwu.spi;
  exports org.tatawwu.text;
  exports org.tatawwu.time;
  exports org.tatawwu.training;
  exports org.tatawwu.validation;
  exports org.tatawwu.volunteer;

  // The request types (VolunteerRegistration, OpportunityDraft, ShiftDraft) are records whose
  // constraints sit on their fields: Bean Validation providers read them reflectively.
  opens org.tatawwu.opportunity;
  opens org.tatawwu.volunteer;

  uses org.tatawwu.spi.ValidationProviderSpi;
  uses org.tatawwu.spi.EligibilityProviderSpi;
  uses org.tatawwu.spi.HourLedgerProviderSpi;
  uses org.tatawwu.spi.CertificateProviderSpi;
  uses org.tatawwu.spi.FundProviderSpi;
  uses org.tatawwu.spi.MatchingProviderSpi;
  uses org.tatawwu.spi.RecognitionProviderSpi;
  uses org.tatawwu.spi.MobilisationProviderSpi;
  uses org.tatawwu.spi.PrivacyProviderSpi;
}
