/** Routing of the logging of Tatawwu's dependencies (Hibernate Validator) to SLF4J. */
@NullMarked
package org.tatawwu.impl.logging;

import org.jspecify.annotations.NullMarked;
