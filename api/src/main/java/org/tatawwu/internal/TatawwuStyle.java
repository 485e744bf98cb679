package org.tatawwu.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied through each feature package's {@code
 * package-info.java}. A public record with more than five components carries
 * {@code @Value.Builder}; the processor generates a package-private {@code <Record>Builder} that
 * the record's own nested {@code Builder} extends (so users see only {@code Record.builder()} and
 * {@code Record.Builder}), and, where the record implements it, the {@code With<Record>} interface
 * of copy methods ({@code withStatus(...)}).
 *
 * <ul>
 *   <li>The builder calls the record's canonical constructor, so every invariant the record checks
 *       holds for built values too.
 *   <li>A builder refuses to build while a mandatory part is missing and names every missing part
 *       in one {@link IllegalStateException} ("Cannot build Volunteer, some of required attributes
 *       are not set [id, name]"). Nullable and {@code Optional} parts and collections are optional;
 *       a record's nested builder sets the defaults its Javadoc states.
 *   <li>Collections are filled one element at a time with {@code add<Singular>} / {@code
 *       put<Singular>} or all at once with the component's name; only JDK collections are used.
 *   <li>Bean Validation reads the constraints of the request records (registration, drafts) from
 *       their record components; nothing is copied onto generated code.
 * </ul>
 *
 * <p>Source retention: the style leaves nothing in the class files.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    jdkOnly = true,
    jakarta = true,
    depluralize = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    depluralizeDictionary = {"entity:entities"},
    allowedClasspathAnnotations = {java.lang.Override.class})
public @interface TatawwuStyle {}
