/**
 * Mass assignment of volunteers to shifts: an {@link org.tatawwu.matching.AssignmentProblem}
 * (candidate pairs with integer scores, seats per shift) solved by an {@link
 * org.tatawwu.matching.AssignmentSolver} — exact (maximum total score), greedy, or stable
 * (volunteer-proposing deferred acceptance).
 */
@NullMarked
@TatawwuStyle
package org.tatawwu.matching;

import org.jspecify.annotations.NullMarked;
import org.tatawwu.internal.TatawwuStyle;
