package org.tatawwu.postgres;

/**
 * The database's Tatawwu schema is not one a store can use: its migrations were not applied, not
 * all of them, or it is newer than this library. The message says which and what to do; it names
 * versions and tables only.
 *
 * <p>Instances are not meant to be shared between threads.
 */
public final class SchemaVersionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The version the database holds, 0 if it has no Tatawwu schema. */
  private final int found;

  /** The least version the store needs. */
  private final int required;

  /**
   * Creates the exception.
   *
   * @param found the version the database holds, 0 if it has no Tatawwu schema
   * @param required the least version the store needs, 1 or more
   * @param message what is wrong and what to do, not null
   */
  public SchemaVersionException(int found, int required, String message) {
    super(message);
    this.found = found;
    this.required = required;
  }

  /**
   * Returns the version the database holds.
   *
   * @return the version, 0 if it has no Tatawwu schema
   */
  public int found() {
    return found;
  }

  /**
   * Returns the least version the store needs.
   *
   * @return the version, 1 or more
   */
  public int required() {
    return required;
  }
}
