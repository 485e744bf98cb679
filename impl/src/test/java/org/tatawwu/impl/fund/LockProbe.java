package org.tatawwu.impl.fund;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another process for the lock tests: {@code probe} exits 0 if it could lock the file, 3 if not;
 * {@code hold} locks it, writes {@code L} and waits to be destroyed.
 */
final class LockProbe {
  private LockProbe() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    try (FileChannel channel =
        FileChannel.open(Path.of(args[0]), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if ("hold".equals(args[1])) {
        if (lock == null) {
          System.exit(3);
        }
        System.out.print('L');
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
      }
      System.exit(lock == null ? 3 : 0);
    }
  }
}
