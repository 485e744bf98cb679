/** Training programmes and completions, for volunteers and for the staff of entities. */
@NullMarked
package org.tatawwu.training;

import org.jspecify.annotations.NullMarked;
