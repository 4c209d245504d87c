"""The event coder (see the README's "How the coder works").

Its modules run from compiled copies while those match their source (:mod:`analysis.native`,
installed when the :mod:`analysis` package is imported).
"""
