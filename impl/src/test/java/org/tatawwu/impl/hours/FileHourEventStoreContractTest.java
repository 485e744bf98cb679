package org.tatawwu.impl.hours;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.testkit.HourEventStoreContract;

/**
 * The file store passes the store contract: reopening closes the file and opens it again; the
 * ledgers of one process share one open store (the file is locked to it).
 */
class FileHourEventStoreContractTest extends HourEventStoreContract {
  @TempDir Path dir;
  private int files;

  @Override
  protected HourEventStore newStore() {
    return FileHourEventStore.open(dir.resolve("hours-" + ++files + ".events"));
  }

  @Override
  protected HourEventStore reopen(HourEventStore store) {
    FileHourEventStore file = (FileHourEventStore) store;
    file.close();
    return FileHourEventStore.open(file.path());
  }
}
