/**
 * PostgreSQL stores for Tatawwu's ledgers over plain JDBC. The caller supplies the {@link
 * javax.sql.DataSource} (and so the pool, if any) and applies the schema's migrations ({@link
 * org.tatawwu.postgres.Migrations}) with its own tool; a store checks the schema's version ({@link
 * org.tatawwu.postgres.SchemaVersion}) when it is created.
 */
@NullMarked
package org.tatawwu.postgres;

import org.jspecify.annotations.NullMarked;
