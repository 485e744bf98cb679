/**
 * Extension points: the provider that the static facade {@link org.tatawwu.Tatawwu} loads with
 * {@link java.util.ServiceLoader}.
 */
@NullMarked
package org.tatawwu.spi;

import org.jspecify.annotations.NullMarked;
