/** The recognition engine: {@link org.tatawwu.impl.recognition.DefaultRecognitionEngine}. */
@NullMarked
package org.tatawwu.impl.recognition;

import org.jspecify.annotations.NullMarked;
