/** The main demo, a national crisis mobilisation, and small embedding examples. */
@NullMarked
package org.tatawwu.examples;

import org.jspecify.annotations.NullMarked;
