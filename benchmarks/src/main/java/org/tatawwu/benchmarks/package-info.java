/** JMH benchmarks, each side by side with the peer its issue names. */
@NullMarked
package org.tatawwu.benchmarks;

import org.jspecify.annotations.NullMarked;
