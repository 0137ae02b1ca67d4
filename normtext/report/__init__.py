"""The HTML review report: see what normtext did to a sample of documents."""
