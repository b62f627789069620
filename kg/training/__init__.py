"""Recipe that builds the shipped statistical NER (kg/models/ner); see README.md here."""
