/**
 * Contract test suites: abstract JUnit 5 classes, one per extension point. Extend one in a test
 * class, implement its factory methods for your implementation, and JUnit runs every check of the
 * contract against it. {@link org.tatawwu.testkit.HourEventStoreContract} checks an {@link
 * org.tatawwu.hours.HourEventStore}; {@link org.tatawwu.testkit.FundJournalStoreContract} checks a
 * {@link org.tatawwu.fund.FundJournalStore}. {@link org.tatawwu.testkit.HourLedgerModelCheck} runs
 * random sequences of hour ledger operations over a store against a ledger over memory, in the
 * world of {@link org.tatawwu.testkit.HourLedgerFixture}; {@link
 * org.tatawwu.testkit.HourVerificationModelCheck} runs sequences of claims on shifts over a store
 * against a plain reference model of every check of what backs an entry, in varied worlds.
 */
@NullMarked
package org.tatawwu.testkit;

import org.jspecify.annotations.NullMarked;
