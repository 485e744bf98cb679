package org.tatawwu.impl.hours;

import org.tatawwu.hours.HourEventStore;
import org.tatawwu.testkit.HourEventStoreContract;

/** The in-memory store passes the store contract; two nodes share one store object. */
class InMemoryHourEventStoreContractTest extends HourEventStoreContract {
  @Override
  protected HourEventStore newStore() {
    return new InMemoryHourEventStore();
  }
}
