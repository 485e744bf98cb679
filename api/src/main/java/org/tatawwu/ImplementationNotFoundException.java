package org.tatawwu;

import java.util.Objects;

/**
 * Thrown by every factory of {@link Tatawwu} when no implementation of the capability it needs is
 * on the class path or module path: add {@code org.tatawwu:tatawwu-impl} (module {@code
 * org.tatawwu.impl}) at run time. Each call that cannot be served throws a new instance with the
 * same message, naming the missing service interface.
 *
 * <p>Instances are immutable once thrown and serialisable.
 */
public final class ImplementationNotFoundException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The fully qualified name of the service interface with no provider. */
  private final String service;

  /**
   * Creates the exception for a service interface.
   *
   * @param service the service interface that has no provider, not null
   */
  public ImplementationNotFoundException(Class<?> service) {
    super(message(service));
    this.service = service.getName();
  }

  /**
   * Returns the service interface that has no provider.
   *
   * @return its fully qualified name, for example {@code org.tatawwu.spi.HourLedgerProviderSpi}
   */
  public String service() {
    return service;
  }

  /**
   * Returns the message for a service interface with no provider.
   *
   * @param service the service interface, not null
   * @return "No implementation of {service} was found: add org.tatawwu:tatawwu-impl (module
   *     org.tatawwu.impl) to the class path or module path at run time"
   */
  static String message(Class<?> service) {
    return "No implementation of "
        + Objects.requireNonNull(service, "service").getName()
        + " was found: add org.tatawwu:tatawwu-impl (module org.tatawwu.impl) to the class path"
        + " or module path at run time";
  }
}
