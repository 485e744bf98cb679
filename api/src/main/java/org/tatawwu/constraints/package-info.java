/**
 * Jakarta Bean Validation constraints for the volunteering domain. Validators live in the
 * implementation module; message keys are {@code <annotation FQCN>.message}, in Arabic and English.
 */
@NullMarked
package org.tatawwu.constraints;

import org.jspecify.annotations.NullMarked;
