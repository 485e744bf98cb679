/**
 * Privacy by design under the Saudi Personal Data Protection Law (PDPL): every personal component
 * of every model {@linkplain org.tatawwu.privacy.Classification classified} in one place into
 * {@link org.tatawwu.privacy.DataCategory categories}; processing {@linkplain
 * org.tatawwu.privacy.Purpose purposes} as data, each with its legal basis and the categories it
 * needs; a {@link org.tatawwu.privacy.ConsentRegister} keeping the history of consents given (by
 * the volunteer or a minor's guardian) and withdrawn; and a {@link
 * org.tatawwu.privacy.PurposeGuard} that refuses, with localised explanations, any use of a
 * component no lawful purpose covers. Obtain the engines from {@link
 * org.tatawwu.Tatawwu#privacy()}.
 */
@NullMarked
package org.tatawwu.privacy;

import org.jspecify.annotations.NullMarked;
