/** A Spring Boot endpoint that validates registrations with Tatawwu, in Arabic or English. */
@NullMarked
package org.tatawwu.examples.spring;

import org.jspecify.annotations.NullMarked;
