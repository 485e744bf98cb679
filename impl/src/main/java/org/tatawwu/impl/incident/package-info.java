/** Crisis mobilisation: the incident command, call-out planning, rotation checks, messages. */
@NullMarked
package org.tatawwu.impl.incident;

import org.jspecify.annotations.NullMarked;
