/** A user's application module that programs against Tatawwu's API alone. */
module org.example.volunteers {
  requires org.tatawwu.api;
}
