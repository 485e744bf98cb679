/** Validators of opportunity drafts and their shifts. Not exported: may change in any release. */
@NullMarked
package org.tatawwu.impl.opportunity;

import org.jspecify.annotations.NullMarked;
