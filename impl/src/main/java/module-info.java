/**
 * Tatawwu's reference implementation: engines, validators and message bundles. It exports nothing;
 * use it through {@code org.tatawwu.api}'s {@link org.tatawwu.Tatawwu} facade.
 */
module org.tatawwu.impl {
  requires transitive org.tatawwu.api;
  requires org.hibernate.validator;
  // Hibernate Validator interpolates messages with the expression language but reads its module
  // only if something else resolves it (its requires is static); requiring it here puts jakarta.el
  // and, by service binding, its implementation (Expressly) in every application's module graph.
  requires jakarta.el;
  requires org.slf4j;
  requires org.jboss.logging;
  requires static org.jspecify;

  // Hibernate Validator instantiates the constraint validators reflectively.
  opens org.tatawwu.impl.constraints to
      org.hibernate.validator;
  opens org.tatawwu.impl.opportunity to
      org.hibernate.validator;
  opens org.tatawwu.impl.volunteer to
      org.hibernate.validator;

  uses org.tatawwu.spi.CriterionProvider;

  // Hibernate Validator's logging (JBoss Logging) goes to SLF4J: see JbossLoggingToSlf4j.
  provides org.jboss.logging.LoggerProvider with
      org.tatawwu.impl.logging.JbossLoggingToSlf4j;
  provides org.tatawwu.spi.ValidationProviderSpi with
      org.tatawwu.impl.validation.HibernateValidationProvider;
  provides org.tatawwu.spi.EligibilityProviderSpi with
      org.tatawwu.impl.eligibility.DefaultEligibilityProvider;
  provides org.tatawwu.spi.HourLedgerProviderSpi with
      org.tatawwu.impl.hours.DefaultHourLedgerProvider;
  provides org.tatawwu.spi.CertificateProviderSpi with
      org.tatawwu.impl.certificate.Ed25519CertificateProvider;
  provides org.tatawwu.spi.FundProviderSpi with
      org.tatawwu.impl.fund.DefaultFundProvider;
  provides org.tatawwu.spi.MatchingProviderSpi with
      org.tatawwu.impl.matching.DefaultMatchingProvider;
  provides org.tatawwu.spi.RecognitionProviderSpi with
      org.tatawwu.impl.recognition.DefaultRecognitionProvider;
  provides org.tatawwu.spi.MobilisationProviderSpi with
      org.tatawwu.impl.incident.DefaultMobilisationProvider;
  provides org.tatawwu.spi.PrivacyProviderSpi with
      org.tatawwu.impl.privacy.DefaultPrivacyProvider;
  provides jakarta.validation.ConstraintValidator with
      org.tatawwu.impl.constraints.NationalIdNumberValidator,
      org.tatawwu.impl.constraints.SaudiMobileValidator,
      org.tatawwu.impl.constraints.RegionCodeValidator,
      org.tatawwu.impl.constraints.FieldCodeTextValidator,
      org.tatawwu.impl.constraints.EmailTextValidator,
      org.tatawwu.impl.constraints.HijriDateTextValidator,
      org.tatawwu.impl.constraints.CleanTextValidator,
      org.tatawwu.impl.constraints.SarAmountTextValidator,
      org.tatawwu.impl.opportunity.ShiftTimeRangeValidator,
      org.tatawwu.impl.opportunity.ConsistentOpportunityValidator,
      org.tatawwu.impl.opportunity.LawfulVolunteerUseValidator,
      org.tatawwu.impl.volunteer.GuardianConsentForMinorsValidator,
      org.tatawwu.impl.volunteer.ConsistentRegistrationValidator;
}
