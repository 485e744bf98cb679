/**
 * Volunteers and their personal data: national ID or Iqama, mobile, e-mail, birth date, skills,
 * availability, trainings, guardian consent. Personal data is redacted in every {@code toString}.
 */
@NullMarked
@TatawwuStyle
package org.tatawwu.volunteer;

import org.jspecify.annotations.NullMarked;
import org.tatawwu.internal.TatawwuStyle;
