package org.tatawwu.impl.fund;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.fund.FundJournalStore;
import org.tatawwu.testkit.FundJournalStoreContract;

/**
 * The fund journal file passes the store contract: reopening closes the file and opens it again;
 * the ledgers of one process share one open store (the file is locked to it).
 */
class FileFundJournalStoreContractTest extends FundJournalStoreContract {
  @TempDir Path dir;
  private int files;

  @Override
  protected FundJournalStore newStore() {
    return FileFundJournalStore.open(dir.resolve("fund-" + ++files + ".journal"));
  }

  @Override
  protected FundJournalStore reopen(FundJournalStore store) {
    FileFundJournalStore file = (FileFundJournalStore) store;
    file.close();
    return FileFundJournalStore.open(file.path());
  }
}
