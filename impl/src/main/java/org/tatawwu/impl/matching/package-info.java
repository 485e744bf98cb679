/** Assignment solvers. Not exported. */
@NullMarked
package org.tatawwu.impl.matching;

import org.jspecify.annotations.NullMarked;
