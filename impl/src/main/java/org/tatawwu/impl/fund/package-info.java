/** The Community Fund ledger. Not exported. */
@NullMarked
package org.tatawwu.impl.fund;

import org.jspecify.annotations.NullMarked;
