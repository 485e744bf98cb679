package org.tatawwu.postgres;

import javax.sql.DataSource;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.testkit.HourEventStoreContract;

/**
 * The PostgreSQL store passes the store contract on a real PostgreSQL: a second node is a store
 * over its own data source to the same database; reopening makes a new store over a new one.
 */
@SuppressWarnings("NullAway") // fields set up before each test by the test lifecycle
class PostgresHourEventStoreContractTest extends HourEventStoreContract {
  private final java.util.IdentityHashMap<HourEventStore, DataSource> sources =
      new java.util.IdentityHashMap<>();

  @Override
  protected HourEventStore newStore() {
    DataSource ds = TestDatabase.create();
    HourEventStore store = PostgresHourEventStore.create(ds);
    sources.put(store, ds);
    return store;
  }

  @Override
  protected HourEventStore anotherNode(HourEventStore store) {
    DataSource ds = TestDatabase.anotherNode(sources.get(store));
    HourEventStore node = PostgresHourEventStore.create(ds);
    sources.put(node, ds);
    return node;
  }

  @Override
  protected HourEventStore reopen(HourEventStore store) {
    return anotherNode(store);
  }
}
