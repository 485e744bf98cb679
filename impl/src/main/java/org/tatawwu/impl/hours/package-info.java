/**
 * The hour ledger in primitive columns, its event stores (in memory, in a file) with their codec,
 * and its aggregation index. Not exported.
 */
@NullMarked
package org.tatawwu.impl.hours;

import org.jspecify.annotations.NullMarked;
