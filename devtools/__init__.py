"""What developers run against Tier Watch, never the product itself: scoring the extractor on
labelled documents, hostile inputs, a served dashboard. Used by tests/ and bench/ alike, so that
neither imports the other."""
