"""The character NER's tag scores, computed in numpy from the trained thinc model's weights.

Why not ``model.predict``: the build scores every character it reads, and
thinc's inference spends as much time around the matrix products as in them:
a new array per layer and per Doc, a Cython window expansion slower than the
product it feeds, four-row gathers per character for tables whose rows could
be looked up once. This runs the same operations in the same order on the
same float32 values (hashed-embedding sums, layer normalisation, windowed
maxout with residuals, the output layer), a batch of Docs at a time, so the
scores are bit-for-bit thinc's (a test holds them equal) and the tags cannot
change. Inference only: training keeps thinc's model.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy
from thinc.api import Model, NumpyOps

from kg.nlp.char_ner import with_bigrams

OPS = NumpyOps(use_blis=False)


@dataclass(frozen=True)
class Table:
    """One hashed-embedding table: which feature column it reads and how it hashes it."""

    column: int
    seed: int
    vectors: numpy.ndarray


@dataclass(frozen=True)
class Norm:
    """A layer normalisation's scale and shift."""

    scale: numpy.ndarray
    shift: numpy.ndarray

    def __call__(self, x: numpy.ndarray) -> numpy.ndarray:
        """thinc's LayerNorm, ``(x - mean) * var ** -0.5 * G + b``, with numpy's own mean and
        variance steps (sum, then divide) written out so ``x - mean`` is computed once."""
        mu = x.sum(axis=1, keepdims=True)
        mu /= x.shape[1]
        y = x - mu
        var = numpy.square(y).sum(axis=1, keepdims=True)
        var /= x.shape[1]
        var += 1e-08
        y *= var ** (-1.0 / 2.0)
        y *= self.scale
        y += self.shift
        return y


@dataclass(frozen=True)
class Block:
    """One residual encoder layer: window, maxout (weights as ``(nO * nP, nI)``), norm."""

    weights: numpy.ndarray
    bias: numpy.ndarray
    pieces: int
    norm: Norm


def layers_named(model: Model, name: str) -> list[Model]:
    return [layer for layer in model.walk() if layer.name == name]


class TagScorer:
    """Scores of each BILUO tag per character row, from ``kg.CharEmbed.v1`` + MaxoutWindowEncoder
    + output layer weights (the shipped model's architecture, read off the layer tree)."""

    def __init__(self, model: Model):
        tables = sorted(layers_named(model, "hashembed"), key=lambda t: t.attrs["column"])
        self.tables = [Table(t.attrs["column"], t.attrs["seed"], t.get_param("E")) for t in tables]
        norms = [Norm(n.get_param("G"), n.get_param("b")) for n in layers_named(model, "layernorm")]
        maxouts = layers_named(model, "maxout")
        if len(norms) != len(maxouts) + 1:
            raise ValueError("unexpected NER architecture: one norm after the embedding expected")
        self.embed_norm = norms[0]
        self.blocks = [
            Block(
                m.get_param("W").reshape(-1, m.get_dim("nI")),
                m.get_param("b").reshape(-1),
                m.get_dim("nP"),
                norm,
            )
            for m, norm in zip(maxouts, norms[1:], strict=True)
        ]
        self.window = layers_named(model, "expand_window")[0].attrs["window_size"]
        encoder = next(
            layer for layer in model.walk() if layer.name.startswith("with_array(residual")
        )
        self.pad = encoder.attrs["pad"]
        output = layers_named(model, "softmax")[0]
        if output.attrs["softmax_normalize"]:
            raise ValueError("unexpected NER architecture: unnormalised output scores expected")
        self.out_weights, self.out_bias = output.get_param("W"), output.get_param("b")

    def __call__(self, rows: list[numpy.ndarray]) -> list[numpy.ndarray]:
        """The tag scores ``(characters, tags)`` of each feature-row array (``FeatureRows``)."""
        lengths = [len(r) for r in rows]
        if not sum(lengths):
            return [numpy.zeros((n, len(self.out_bias)), dtype="float32") for n in lengths]
        features = numpy.concatenate([with_bigrams(r.copy()) for r in rows])
        hidden = self.embed_norm(self.embed(features))
        padded, real = self.padded(hidden, lengths)
        rows = len(padded) - 2 * self.window
        windows = numpy.empty((rows, (2 * self.window + 1) * padded.shape[1]), "float32")
        for block in self.blocks:
            padded[self.window : self.window + rows] += self.encode(
                block, self.windows(padded, windows)
            )
        scores = padded[real] @ self.out_weights.T
        scores += self.out_bias
        return numpy.split(scores, numpy.cumsum(lengths)[:-1])

    def embed(self, rows: numpy.ndarray) -> numpy.ndarray:
        """Sum of the tables' vectors, each the sum of four hashed rows (thinc's gather_add),
        summed once per distinct id of the batch (a table's ids repeat: characters, words,
        the four word positions)."""
        total = None
        for table in self.tables:
            ids, rows_of = numpy.unique(rows[:, table.column], return_inverse=True)
            keys = OPS.hash(ids, table.seed) % table.vectors.shape[0]
            vectors = table.vectors[keys[:, 0]]
            for k in range(1, keys.shape[1]):
                vectors += table.vectors[keys[:, k]]
            if total is None:
                total = vectors[rows_of]
            else:
                total += vectors[rows_of]
        return total

    def padded(
        self, hidden: numpy.ndarray, lengths: list[int]
    ) -> tuple[numpy.ndarray, numpy.ndarray]:
        """thinc's ``flatten(pad=...)`` of the non-empty sequences, with ``window`` more zero
        rows each side (``windows``), and the indices of the real rows.

        The pads keep one article's characters out of the next one's windows.
        """
        sizes = [n for n in lengths if n]
        first = self.window + self.pad
        starts = first + self.pad * numpy.arange(len(sizes)) + numpy.cumsum([0, *sizes[:-1]])
        real = numpy.concatenate(
            [numpy.arange(s, s + n) for s, n in zip(starts, sizes, strict=True)]
        )
        rows = len(hidden) + self.pad * (len(sizes) + 1) + 2 * self.window
        padded = numpy.zeros((rows, hidden.shape[1]), "float32")
        padded[real] = hidden
        return padded, real

    def encode(self, block: Block, windows: numpy.ndarray) -> numpy.ndarray:
        """Windowed maxout then norm (one encoder layer, before its residual)."""
        y = windows @ block.weights.T
        y += block.bias
        best = functools.reduce(
            numpy.maximum, [y[:, p :: block.pieces] for p in range(block.pieces)]
        )
        return block.norm(best)

    def windows(self, padded: numpy.ndarray, out: numpy.ndarray) -> numpy.ndarray:
        """thinc's ``seq2col`` of the rows inside ``padded``'s ``window`` zero rows each side:
        each row next to its neighbours, zeros past the ends. Those neighbours lie side by
        side in memory, so each row of ``out`` is one stretch of ``padded`` (a strided view,
        copied once, contiguous as BLAS wants it)."""
        view = numpy.lib.stride_tricks.as_strided(
            padded, shape=out.shape, strides=padded.strides, writeable=False
        )
        numpy.copyto(out, view)
        return out
