/**
 * Validators of the cross-cutting constraints in org.tatawwu.constraints. Not exported: may change
 * in any release.
 */
@NullMarked
package org.tatawwu.impl.constraints;

import org.jspecify.annotations.NullMarked;
