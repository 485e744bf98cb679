/** The hour ledger, its event store and its aggregation index. Not exported. */
@NullMarked
package org.tatawwu.impl.hours;

import org.jspecify.annotations.NullMarked;
