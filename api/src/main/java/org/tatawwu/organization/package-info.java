/**
 * Supervising entities (government bodies) and participating entities with their type, licence and
 * accreditation.
 */
@NullMarked
@TatawwuStyle
package org.tatawwu.organization;

import org.jspecify.annotations.NullMarked;
import org.tatawwu.internal.TatawwuStyle;
