package org.tatawwu.postgres;

import java.util.IdentityHashMap;
import javax.sql.DataSource;
import org.tatawwu.fund.FundJournalStore;
import org.tatawwu.testkit.FundJournalStoreContract;

/**
 * The PostgreSQL fund journal store passes the store contract on a real PostgreSQL: a second node
 * is a store over its own data source to the same database; reopening makes a new store over a new
 * one.
 */
@SuppressWarnings("NullAway") // fields set up before each test by the test lifecycle
class PostgresFundJournalStoreContractTest extends FundJournalStoreContract {
  private final IdentityHashMap<FundJournalStore, DataSource> sources = new IdentityHashMap<>();

  @Override
  protected FundJournalStore newStore() {
    DataSource ds = TestDatabase.create();
    FundJournalStore store = PostgresFundJournalStore.create(ds);
    sources.put(store, ds);
    return store;
  }

  @Override
  protected FundJournalStore anotherNode(FundJournalStore store) {
    DataSource ds = TestDatabase.anotherNode(sources.get(store));
    FundJournalStore node = PostgresFundJournalStore.create(ds);
    sources.put(node, ds);
    return node;
  }

  @Override
  protected FundJournalStore reopen(FundJournalStore store) {
    return anotherNode(store);
  }
}
