/** A partner system's module that reads eligibility policies as JSON documents. */
module org.example.partner {
  requires org.tatawwu.json;
}
