/**
 * Problems found in user input, reported all at once and localised, and the service that validates
 * request types.
 */
@NullMarked
package org.tatawwu.validation;

import org.jspecify.annotations.NullMarked;
