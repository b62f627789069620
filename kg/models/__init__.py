"""Trained models shipped with the package (ner/: the statistical NER, see kg.training)."""
