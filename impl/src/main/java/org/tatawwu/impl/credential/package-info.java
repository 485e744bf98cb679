/** The in-memory credential registry and its messages. */
@NullMarked
package org.tatawwu.impl.credential;

import org.jspecify.annotations.NullMarked;
