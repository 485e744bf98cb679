package org.tatawwu.postgres;

import java.sql.SQLException;

/**
 * The database failed: a connection could not be had or was lost, a statement timed out or the
 * server refused it. The cause is the driver's {@link SQLException} (its SQL state says which).
 * When it comes from an append, the append's outcome is unknown: its events are all stored or none
 * is, and the next catch-up of a ledger tells which.
 *
 * <p>Instances are not meant to be shared between threads.
 */
public final class DatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was being done, without personal data; not null
   * @param cause the driver's exception, not null
   */
  public DatabaseException(String message, SQLException cause) {
    super(message + " (SQL state " + cause.getSQLState() + ")", cause);
  }
}
