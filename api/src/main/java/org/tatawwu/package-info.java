/** The entry point, {@link org.tatawwu.Tatawwu}: static factories for Tatawwu's engines. */
@NullMarked
package org.tatawwu;

import org.jspecify.annotations.NullMarked;
