/**
 * The ledgers' stores on PostgreSQL, over plain JDBC and a {@link javax.sql.DataSource} the caller
 * supplies. The schema ships as SQL migrations inside this module ({@link
 * org.tatawwu.postgres.Migrations}).
 */
@SuppressWarnings("requires-automatic") // the driver names itself with Automatic-Module-Name
module org.tatawwu.postgres {
  requires transitive org.tatawwu.api;
  requires transitive java.sql;
  requires org.postgresql.jdbc;
  // The driver's data sources implement javax.naming.Referenceable; the tests configure one.
  requires static java.naming;
  requires static org.jspecify;
  requires static org.checkerframework.checker.qual;

  exports org.tatawwu.postgres;
}
