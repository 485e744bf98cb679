package org.tatawwu.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells Immutables that a list component keeps null elements: its generated builder adds a null
 * element as given instead of refusing it. Used on request records whose validation reports a null
 * element with the other problems.
 *
 * <p>Source retention: it leaves nothing in the class files.
 */
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.SOURCE)
public @interface AllowNulls {}
