/** The eligibility engine and its built-in criteria. Not exported: may change in any release. */
@NullMarked
package org.tatawwu.impl.eligibility;

import org.jspecify.annotations.NullMarked;
