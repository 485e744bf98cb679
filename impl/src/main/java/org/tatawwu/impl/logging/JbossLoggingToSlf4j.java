package org.tatawwu.impl.logging;

import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.logging.LoggerProvider;
import org.jboss.logging.Slf4jLoggerProvider;

/**
 * Sends JBoss Logging, which Hibernate Validator logs through, to SLF4J, so that Tatawwu's whole
 * output (its own log lines and Hibernate Validator's, such as {@code HV000001} at start-up) is
 * configured by the application's SLF4J binding, like any other library's.
 *
 * <p>Without it, JBoss Logging chooses SLF4J only when Logback is present and otherwise writes
 * through {@code java.util.logging} to standard error, whatever binding the application uses. JBoss
 * Logging looks for a {@link LoggerProvider} with {@link java.util.ServiceLoader} (this class is
 * registered in {@code META-INF/services} and with {@code provides} in the module descriptor);
 * every call is handed to JBoss Logging's own SLF4J provider. No system property is set.
 *
 * <p>The application keeps the last word: JBoss Logging reads the system property {@code
 * org.jboss.logging.provider} ({@code jdk}, {@code slf4j}, {@code log4j2}, {@code jboss}) before
 * looking for services, so {@code -Dorg.jboss.logging.provider=jdk} restores {@code
 * java.util.logging}. Since the choice is made once per class loader, it applies to every user of
 * JBoss Logging in the application.
 *
 * <p>This class is thread-safe.
 */
public final class JbossLoggingToSlf4j implements LoggerProvider {
  private final Slf4jLoggerProvider delegate = new Slf4jLoggerProvider();

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public JbossLoggingToSlf4j() {}

  @Override
  public Logger getLogger(String name) {
    return delegate.getLogger(name);
  }

  @Override
  public void clearMdc() {
    delegate.clearMdc();
  }

  @Override
  public Object putMdc(String key, Object value) {
    return delegate.putMdc(key, value);
  }

  @Override
  public Object getMdc(String key) {
    return delegate.getMdc(key);
  }

  @Override
  public void removeMdc(String key) {
    delegate.removeMdc(key);
  }

  @Override
  public Map<String, Object> getMdcMap() {
    return delegate.getMdcMap();
  }

  @Override
  public void clearNdc() {
    delegate.clearNdc();
  }

  @Override
  public String getNdc() {
    return delegate.getNdc();
  }

  @Override
  public int getNdcDepth() {
    return delegate.getNdcDepth();
  }

  @Override
  public String popNdc() {
    return delegate.popNdc();
  }

  @Override
  public String peekNdc() {
    return delegate.peekNdc();
  }

  @Override
  public void pushNdc(String message) {
    delegate.pushNdc(message);
  }

  @Override
  public void setNdcMaxDepth(int maxDepth) {
    delegate.setNdcMaxDepth(maxDepth);
  }
}
