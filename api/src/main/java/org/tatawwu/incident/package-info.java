/**
 * Crisis mobilisation: an {@link org.tatawwu.incident.Incident} with its lifecycle, {@link
 * org.tatawwu.incident.Need needs} by {@link org.tatawwu.incident.Role role}, call-out {@link
 * org.tatawwu.incident.Wave waves} of {@link org.tatawwu.incident.Offer offers} to pre-qualified
 * volunteers with a time to answer, {@link org.tatawwu.incident.Team teams} with leads, {@link
 * org.tatawwu.incident.RotationRules rotation and rest rules}, spontaneous volunteers (ISO 22319)
 * in restricted roles until verified, and the stand-down: release, after-action {@link
 * org.tatawwu.incident.Appraisal appraisals} both ways and the {@link
 * org.tatawwu.incident.IncidentReport incident report}. An {@link
 * org.tatawwu.incident.IncidentCommand} runs one incident; illegal transitions are refused with
 * stable codes, explained in Arabic and English.
 */
@NullMarked
@TatawwuStyle
package org.tatawwu.incident;

import org.jspecify.annotations.NullMarked;
import org.tatawwu.internal.TatawwuStyle;
