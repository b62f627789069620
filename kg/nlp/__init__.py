"""The spaCy pipeline kg extracts with: pkuseg-segmented Chinese plus kg's components."""

from kg.nlp.pipeline import load_pipeline, pkuseg_model_path

__all__ = ["load_pipeline", "pkuseg_model_path"]
