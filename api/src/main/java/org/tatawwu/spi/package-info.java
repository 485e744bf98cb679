/**
 * Extension points, one service interface per capability in the manner of JSR-354's {@code
 * *ProviderSpi}: {@link org.tatawwu.spi.ValidationProviderSpi}, {@link
 * org.tatawwu.spi.EligibilityProviderSpi}, {@link org.tatawwu.spi.HourLedgerProviderSpi}, {@link
 * org.tatawwu.spi.CertificateProviderSpi}, {@link org.tatawwu.spi.FundProviderSpi}, {@link
 * org.tatawwu.spi.MatchingProviderSpi}, {@link org.tatawwu.spi.RecognitionProviderSpi} and {@link
 * org.tatawwu.spi.MobilisationProviderSpi}, which the static facade {@link org.tatawwu.Tatawwu}
 * loads with {@link java.util.ServiceLoader} (declare them with {@code provides} in a module and in
 * {@code META-INF/services} for the class path); custom eligibility criteria through {@link
 * org.tatawwu.spi.CriterionProvider}. The stores behind the ledgers are user-facing and live with
 * their features: {@link org.tatawwu.hours.HourEventStore}, {@link
 * org.tatawwu.fund.FundJournalStore}.
 */
@NullMarked
package org.tatawwu.spi;

import org.jspecify.annotations.NullMarked;
