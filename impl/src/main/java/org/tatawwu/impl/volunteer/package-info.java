/** Validators of volunteer registrations. Not exported: may change in any release. */
@NullMarked
package org.tatawwu.impl.volunteer;

import org.jspecify.annotations.NullMarked;
