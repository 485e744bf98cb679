package org.tatawwu.training;

/** Who a training programme qualifies. */
public enum TrainingAudience {
  /** Volunteers. */
  VOLUNTEERS,
  /** The staff of participating entities (volunteer managers, coordinators). */
  ENTITY_STAFF
}
