package org.tatawwu.impl.fund;

import org.tatawwu.fund.FundJournalStore;
import org.tatawwu.testkit.FundJournalStoreContract;

/** The in-memory fund journal store passes the store contract; two nodes share one store object. */
class InMemoryFundJournalStoreContractTest extends FundJournalStoreContract {
  @Override
  protected FundJournalStore newStore() {
    return new InMemoryFundJournalStore();
  }
}
