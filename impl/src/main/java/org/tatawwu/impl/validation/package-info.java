/**
 * Validation of request types on Hibernate Validator, with Arabic and English bundles. Not
 * exported: may change in any release.
 */
@NullMarked
package org.tatawwu.impl.validation;

import org.jspecify.annotations.NullMarked;
